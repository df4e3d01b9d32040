// Builds dist/ with tsc when it is missing or older than any source file, so `npm run demo` works on a fresh clone.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

const built = existsSync('dist/src/cli.js') ? statSync('dist/src/cli.js').mtimeMs : 0;
const configs = ['tsconfig.json', 'tsconfig.build.json'].map((file) => statSync(file).mtimeMs);
const sources = Math.max(...['src', 'tools', 'scripts', 'bench'].map(newest), ...configs);
if (built < sources) {
  process.stderr.write('Building…\n');
  execSync('npm run build', { stdio: 'inherit' });
}
