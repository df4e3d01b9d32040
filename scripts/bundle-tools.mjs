// Part of `npm run build`: the compiled declaration modules (dozens of files) as one, so a starting server reads
// one module instead of one per toolset. Nothing else changes: the bundle exports what tools/index.js exports.
// The per-toolset modules, now inside the bundle, are removed: what a server checks its build cache against
// (src/declarations/build-cache.ts) is then one file to read rather than dozens.
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/tools/index.js'],
  outfile: 'dist/tools/index.js',
  allowOverwrite: true,
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  logLevel: 'warning',
});
for (const file of readdirSync('dist/tools')) if (file !== 'index.js') rmSync(`dist/tools/${file}`);
