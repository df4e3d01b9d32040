// bench/search: how well the catalogue search finds the tool for a request, on the set it was tuned with and on
// the held-apart set (test/search/evaluate.ts), beside a plain BM25 over tool names and descriptions in the same
// run. Only aggregate scores are printed for the held-apart set.   npm run bench:search [-- --misses]
// (--misses lists the tuning sets' misses, to tune with.)
import MiniSearch from 'minisearch';
import {
  heldApartSet,
  namedTuningSet,
  routedTuningSet,
  score,
  searchOfAllTools,
  type Case,
  type Score,
} from '../test/search/evaluate.js';

const { endpoints, catalogue } = searchOfAllTools();

/** The baseline: MiniSearch's defaults (BM25+) over each tool's name, title and description, nothing else. */
const plain = new MiniSearch({
  fields: ['name', 'title', 'description'],
  tokenize: (t) => t.split(/[\s_\-.,;:!?()[\]{}'"/]+/),
});
plain.addAll(endpoints.map((e) => ({ id: e.name, name: e.name, title: e.title, description: e.description })));

const tuning = [...namedTuningSet(), ...routedTuningSet(endpoints)];
const sets: [string, Case[]][] = [
  ['tuning, by tool name', namedTuningSet()],
  ['tuning, by route', routedTuningSet(endpoints)],
  ['held-apart', heldApartSet(endpoints)],
];
const pct = (n: number) => `${(100 * n).toFixed(1)}%`;
const row = (set: string, ranking: string, s: Score) =>
  `| ${set} (${s.cases}) | ${ranking} | ${pct(s.top1)} | ${pct(s.top3)} | ${s.answerBytes ? Math.round(s.answerBytes) : '—'} |`;

console.log('| requests | ranking | top-1 | top-3 | answer bytes |');
console.log('|---|---|---:|---:|---:|');
for (const [label, cases] of sets) {
  const baseline = await score(cases, async (q) =>
    plain
      .search(q)
      .slice(0, 3)
      .map((r) => String(r.id)),
  );
  const ours = await score(
    cases,
    (q) => catalogue.rank(q, 3),
    async (q) => JSON.stringify(await catalogue.answer(q, 3)),
  );
  console.log(row(label, 'plain BM25 (name, title, description)', baseline));
  console.log(row(label, 'make-mcp catalogue search', ours));
}

if (process.argv.includes('--misses')) {
  for (const { request, tools } of tuning) {
    const ranked = await catalogue.rank(request, 3);
    if (!ranked.some((n) => tools.includes(n)))
      console.log(`miss: "${request}" → ${tools[0]}; got ${ranked.join(', ')}`);
    else if (!tools.includes(ranked[0])) console.log(`second: "${request}" → ${tools[0]}; got ${ranked.join(', ')}`);
  }
}
