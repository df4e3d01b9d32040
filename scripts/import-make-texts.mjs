// Run by hand when Make's reference data changes: node scripts/import-make-texts.mjs <dir with endpoints.json and
// openapi-2024-12.json>. Writes src/catalogue/make-texts.json: for each operation ("METHOD /path", placeholders as {}), Make's
// own words for it — the inventory's summary, the OpenAPI document's summary, description and parameter
// descriptions. The catalogue search indexes them (a model never pays for them); the file is committed, so neither
// the build nor the tests need the reference data.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/import-make-texts.mjs <make-api reference dir>');
const inventory = JSON.parse(readFileSync(join(dir, 'endpoints.json'), 'utf8'));
const openapi = JSON.parse(readFileSync(join(dir, 'openapi-2024-12.json'), 'utf8'));

const routeKey = (method, path) => `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}')}`;

/** Plain words: no markdown links, code marks, URLs or HTML; one line. */
const plain = (text = '') =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[`*_#>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const firstSentence = (text) => plain(text).split(/(?<=[.!?])\s/)[0];
/** A long description is mostly examples and tables: its opening says what the operation is for. */
const opening = (text, max = 600) => {
  const words = plain(text);
  return words.length <= max ? words : words.slice(0, words.lastIndexOf(' ', max));
};

const texts = {};
for (const e of inventory) {
  if (e.group === 'not-a-tool') continue;
  texts[routeKey(e.method, e.path)] = { summary: plain(e.summary), text: '' };
}
for (const [path, item] of Object.entries(openapi.paths)) {
  for (const [method, op] of Object.entries(item)) {
    const key = routeKey(method, path);
    if (!texts[key] || typeof op !== 'object' || op.summary === undefined) continue;
    const body = op.requestBody?.content?.['application/json']?.schema?.properties ?? {};
    const params = [...(op.parameters ?? []), ...Object.values(body)]
      .map((p) => firstSentence(p.description))
      .filter(Boolean);
    const summary = plain(op.summary);
    texts[key] = {
      summary:
        texts[key].summary.toLowerCase() === summary.toLowerCase() ? summary : `${texts[key].summary}. ${summary}`,
      text: [opening(op.description), ...new Set(params)].filter(Boolean).join(' '),
    };
  }
}
const sorted = Object.fromEntries(Object.entries(texts).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(
  new URL('../src/catalogue/make-texts.json', import.meta.url),
  `${JSON.stringify(sorted, null, 0).replace(/},"/g, '},\n"')}\n`,
);
console.error(`make-texts: ${Object.keys(sorted).length} operations`);
