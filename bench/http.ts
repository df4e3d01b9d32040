// bench/http: requests per second and latency of the Streamable HTTP transport (stateless: a new MCP server and
// transport per request), in process against the simulator, for ping, tools/list and a tool call.
//   npm run bench:http -- [--requests 400] [--concurrency 1,8]
import { Agent, request } from 'node:http';
import { parseArgs } from 'node:util';
import { defaultTools, toolsets } from '../tools/index.js';
import { startMakeServer } from '../src/host/start.js';
import { ALL_SCOPES, SANDBOX_TOKEN, SEED_IDS, startSimulator } from '../src/simulator/index.js';
import { startHttpServer } from '../src/transports/http.js';

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '400' }, concurrency: { type: 'string', default: '1,8' } },
});
const total = Number(values.requests);
const levels = values.concurrency.split(',').map(Number);

const sim = await startSimulator({ rateLimitPerMinute: 1_000_000 });
const { host, client } = await startMakeServer({
  config: {
    apiKey: SANDBOX_TOKEN,
    baseUrl: `${sim.url}/api/v2`,
    sandbox: true,
    team: SEED_IDS.team,
    organization: SEED_IDS.organization,
    toolsets: 'default',
    tools: [],
    readOnly: false,
    scopes: ALL_SCOPES,
    rateLimit: 1_000_000,
    maxWaitSeconds: 20,
    timeoutSeconds: 30,
    transport: { kind: 'stdio' },
    scenarioTools: [],
  },
  toolsets,
  log: () => {},
  defaultTools,
});
const http = await startHttpServer({ host, transport: { kind: 'http', port: 0, host: '127.0.0.1' }, log: () => {} });
const agent = new Agent({ keepAlive: true, maxSockets: Math.max(...levels) });

function post(body: object): Promise<number> {
  const payload = JSON.stringify(body);
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = request(
      http.url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(Number(process.hrtime.bigint() - started) / 1e6)
            : reject(new Error(`HTTP ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const cases: [string, object][] = [
  ['ping', { jsonrpc: '2.0', id: 1, method: 'ping' }],
  ['tools/list (17 tools)', { jsonrpc: '2.0', id: 1, method: 'tools/list' }],
  ['tools/call users_me', { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'users_me', arguments: {} } }],
];
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

for (const [name, body] of cases) {
  for (let i = 0; i < 20; i++) await post(body); // warm up
  for (const concurrency of levels) {
    const latencies: number[] = [];
    const started = process.hrtime.bigint();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next++ < total) latencies.push(await post(body));
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(
      `${name.padEnd(24)} concurrency ${String(concurrency).padStart(2)}: ${(total / seconds).toFixed(0).padStart(5)} req/s, ` +
        `p50 ${pct(latencies, 0.5).toFixed(1)} ms, p99 ${pct(latencies, 0.99).toFixed(1)} ms`,
    );
  }
}
agent.destroy();
await http.close();
await client.close();
await sim.close();
