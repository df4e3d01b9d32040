// Part of `npm run build`: fewer modules for a starting server to find, read and compile, which is most of what it
// spends beyond the MCP SDK's own start.
// - The compiled declarations (dozens of files) become one module, dist/tools/index.js; the per-toolset modules are
//   removed, so what a server checks its build cache against (src/declarations/build-cache.ts) is one file.
// - The server's entry, dist/src/cli.js, becomes one module holding what every start needs, beside chunks for what
//   loads later (a tool's call, the HTTP transport, OAuth, the simulator, search texts). dist/src/declarations/ stays
//   its own modules: it finds the build cache and the declarations by paths relative to itself. The other compiled
//   modules stay in dist/src for the scripts, benchmarks and tests that import them.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

// Packages stay external: the SDK loads zod and zod-to-json-schema itself at start, so a bundled copy would only add
// to what a start parses (and zod must be one instance).
const common = { bundle: true, format: 'esm', platform: 'node', logLevel: 'warning', packages: 'external' };

await build({
  ...common,
  entryPoints: ['dist/tools/index.js'],
  outfile: 'dist/tools/index.js',
  allowOverwrite: true,
});
for (const file of readdirSync('dist/tools')) if (file !== 'index.js') rmSync(`dist/tools/${file}`);

const src = path.resolve('dist/src');
const declarations = path.join(src, 'declarations');
await build({
  ...common,
  entryPoints: { cli: 'dist/src/cli.js' },
  outdir: 'dist/src',
  allowOverwrite: true,
  splitting: true,
  chunkNames: '[name]-[hash]',
  plugins: [
    {
      name: 'declarations-apart',
      setup(build) {
        build.onResolve({ filter: /declarations\// }, ({ path: imported, resolveDir }) => {
          const file = path.resolve(resolveDir, imported);
          // the output sits in dist/src, so the path is written from there
          if (file.startsWith(declarations + path.sep))
            return { path: `./${path.relative(src, file)}`, external: true };
          return undefined;
        });
      },
    },
  ],
});
