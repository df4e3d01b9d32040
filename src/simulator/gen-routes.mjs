// One-off generator for routes.json (not used at run or test time).
// Usage: node src/simulator/gen-routes.mjs /path/to/endpoints.json > src/simulator/routes.json
// Keeps only the groups that become tools (core, other, custom-apps) and only method, path, scope.
import { readFileSync } from 'node:fs';

const src = process.argv[2];
if (!src) {
  console.error('usage: node gen-routes.mjs <endpoints.json>');
  process.exit(2);
}
const entries = JSON.parse(readFileSync(src, 'utf8'));
const keep = new Set(['core', 'other', 'custom-apps']);
const rows = entries
  .filter((e) => keep.has(e.group))
  .map((e) => ({ method: e.method.toUpperCase(), path: e.path, scope: e.scope ?? '' }))
  .sort((a, b) => (a.path === b.path ? a.method.localeCompare(b.method) : a.path.localeCompare(b.path)));
process.stdout.write('[\n' + rows.map((r) => '  ' + JSON.stringify(r)).join(',\n') + '\n]\n');
