// Part of `npm run build`: the compiled declaration modules (dozens of files) as one, so a starting server reads
// one module instead of one per toolset. Nothing else changes: the bundle exports what tools/index.js exports.
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
