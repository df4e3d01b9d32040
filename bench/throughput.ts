// bench/throughput: sustained calls against the simulator, which enforces N requests per window like Make.
// Prints the sustained rate as a share of the limit (target ≥ 0.97) and how many 429s Make answered (target 0).
//   npm run bench:throughput -- [--limit 60] [--window-ms 60000] [--windows 2] [--workers 8]
import { parseArgs } from 'node:util';
import { MakeClient } from '../src/http/client.js';
import { SANDBOX_TOKEN, startSimulator } from '../src/simulator/index.js';

const { values } = parseArgs({
  options: {
    limit: { type: 'string', default: '60' },
    'window-ms': { type: 'string', default: '60000' },
    windows: { type: 'string', default: '2' },
    workers: { type: 'string', default: '8' },
  },
});
const limit = Number(values.limit);
const windowMs = Number(values['window-ms']);
const windows = Number(values.windows);
const workers = Number(values.workers);

const sim = await startSimulator({ rateLimitPerMinute: limit, windowMs });
const client = new MakeClient({
  baseUrl: `${sim.url}/api/v2`,
  apiKey: SANDBOX_TOKEN,
  rateLimit: limit,
  windowMs,
  maxWaitMs: windowMs * 2, // a benchmark waits for its slot rather than giving up
  scopes: null,
});

const started = Date.now();
const end = started + windows * windowMs;
const completions: number[] = [];
let failures = 0;

async function worker(): Promise<void> {
  while (Date.now() < end) {
    const outcome = await client.send({ method: 'GET', path: '/connections/102' }, { scope: null });
    if (!outcome.ok) failures++;
    else if (Date.now() <= end) completions.push(Date.now() - started);
  }
}
await Promise.all(Array.from({ length: workers }, worker));

// Sustained rate: calls after the first window's allowance, over the time they took. A sliding window lets
// the first `limit` calls through at once; what matters under load is the pace after that.
const sustained =
  completions.length > limit
    ? (completions.length - limit) / ((completions.at(-1)! - completions[limit - 1]) / windowMs)
    : 0;
const achieved = sustained / limit;
const tooMany = sim.requests.filter((r) => r.status === 429).length;
// The busiest stretch of one window, as Make would count it.
let busiest = 0;
for (let i = 0, j = 0; i < completions.length; i++) {
  while (completions[i] - completions[j] >= windowMs) j++;
  busiest = Math.max(busiest, i - j + 1);
}

console.log(
  `limit            ${limit} requests per ${windowMs / 1000} s window, ${windows} windows, ${workers} workers`,
);
console.log(`completed        ${completions.length} calls (${failures} failed)`);
console.log(`sustained rate   ${sustained.toFixed(1)} per window`);
console.log(`achieved/limit   ${achieved.toFixed(3)}   (target >= 0.97)`);
console.log(`429s from Make   ${tooMany}   (target 0)`);
console.log(`busiest window   ${busiest} of ${limit} allowed`);

await client.close();
await sim.close();
process.exit(0);
