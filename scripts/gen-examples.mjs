// One-off generator for src/simulator/examples.json (not used at run or test time): for each collection of the
// simulator's route table, the item Make's OpenAPI document shows in a response example, so the engine's seeded
// item looks like Make's. The example of the item's own GET wins over the list's (it has more fields).
// Usage: node scripts/gen-examples.mjs <openapi.json> > src/simulator/examples.json
//        && npx prettier --write src/simulator/examples.json
import { readFileSync } from 'node:fs';

const [openapiPath] = process.argv.slice(2);
if (!openapiPath) {
  console.error('usage: node scripts/gen-examples.mjs <openapi.json>');
  process.exit(2);
}
const doc = JSON.parse(readFileSync(openapiPath, 'utf8'));
const routes = JSON.parse(readFileSync(new URL('../src/simulator/routes.json', import.meta.url), 'utf8'));

/** Placeholder names differ between the inventory and the document ({appName} vs {SDK_appName}). */
const shape = (path) => path.replace(/\{[^}]+\}/g, '{}');
const operations = new Map(
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => [`${method.toUpperCase()} ${shape(path)}`, op]),
  ),
);

function exampleOf(op) {
  const content = op?.responses?.['200']?.content?.['application/json'];
  return content?.example ?? (content?.examples ? Object.values(content.examples)[0]?.value : undefined);
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** One item under a response key: the first of a list, or the object itself (some examples give one, not a list). */
const oneItem = (value) => (Array.isArray(value) ? value.find(isObject) : isObject(value) ? value : undefined);

// the collections, as the engine finds them: every template ending in a parameter
const collections = new Set(
  routes.map((r) => /^(.*)\/\{[^}]+\}$/.exec(r.path)?.[1]).filter((c) => c !== undefined && c !== ''),
);
const found = {};
for (const collection of [...collections].sort()) {
  const candidates = [];
  for (const r of routes) {
    if (r.method.toUpperCase() !== 'GET') continue;
    const itemGet = /^(.*)\/\{[^}]+\}$/.exec(r.path)?.[1] === collection;
    if (!itemGet && r.path !== collection) continue;
    const example = exampleOf(operations.get(`GET ${shape(r.path)}`));
    if (!isObject(example)) continue;
    const key = r.responseKeys.find((k) => k !== 'pg');
    const item = oneItem(key === undefined ? undefined : example[key]);
    if (item) candidates.push({ itemGet, item });
  }
  candidates.sort((a, b) => Number(b.itemGet) - Number(a.itemGet));
  if (candidates.length) found[collection] = candidates[0].item;
}
process.stdout.write(JSON.stringify(found, null, 2) + '\n');
