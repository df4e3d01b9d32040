// `npm run bundle [-- --out <file>]`: the Claude Desktop bundle, make-mcp.mcpb. It holds exactly what the npm package
// holds (`npm pack`, so package.json's `files` is the one list of what runs), mcpb/manifest.json, and the runtime
// dependencies at the versions package-lock.json pins (`npm ci --omit=dev`). Anthropic's mcpb CLI validates the
// manifest and packs the bundle. Writing the release bundle (no --out) also records its SHA-256 in server.json, which
// the MCP registry checks a bundle's download against.
import { execFileSync, execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const MCPB = join(require.resolve('@anthropic-ai/mcpb'), '..', 'cli', 'cli.js'); // its bin
const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex > 0 ? process.argv[outIndex + 1] : 'make-mcp.mcpb');
const release = outIndex < 0;

const run = (command, cwd) => execSync(command, { cwd, stdio: ['ignore', 'ignore', 'inherit'] }); // npm is npm.cmd on Windows
const mcpb = (...args) => execFileSync(process.execPath, [MCPB, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });

execFileSync(process.execPath, ['scripts/ensure-build.mjs'], { stdio: 'inherit' });
const stage = mkdtempSync(join(tmpdir(), 'make-mcp-bundle-'));
try {
  // what npm would publish, without running prepack again: ensure-build has just made dist/ current
  const [{ filename }] = JSON.parse(
    execSync(`npm pack --ignore-scripts --json --pack-destination "${stage}"`, { encoding: 'utf8' }),
  );
  run(`tar xzf "${filename}"`, stage);
  const root = join(stage, 'package');
  copyFileSync('mcpb/manifest.json', join(root, 'manifest.json'));
  copyFileSync('package-lock.json', join(root, 'package-lock.json'));
  run('npm ci --omit=dev --ignore-scripts --prefer-offline --no-audit --no-fund', root);
  rmSync(join(root, 'package-lock.json'));

  mcpb('validate', join(root, 'manifest.json'));
  mcpb('pack', root, out);
  const sha256 = createHash('sha256').update(readFileSync(out)).digest('hex');
  console.log(`${out}: ${statSync(out).size} bytes, sha256 ${sha256}`);
  if (release) {
    const server = JSON.parse(readFileSync('server.json', 'utf8'));
    for (const p of server.packages) if (p.registryType === 'mcpb') p.fileSha256 = sha256;
    writeFileSync('server.json', `${JSON.stringify(server, null, 2)}\n`);
  }
} finally {
  rmSync(stage, { recursive: true, force: true });
}
