// bench/startup: median time from spawn to the tools/list answer over stdio, make-mcp with every toolset
// against an MCP SDK server with no tools, started the same way and alternated in one run; plus the size of
// make-mcp's tools/list per tool.   npm run bench:startup -- [--runs 15]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listTools } from '../src/tools-command.js';
import { toolsets } from '../tools/index.js';
import { ALL_SCOPES } from '../src/simulator/index.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);

const CLI = fileURLToPath(new URL('../src/cli.js', import.meta.url));
const EMPTY = fileURLToPath(new URL('./empty-server.js', import.meta.url));
// No call to Make at start: scopes and rate limit given, so only start-up itself is measured.
const MAKE_ENV = {
  MAKE_API_KEY: 'bench',
  MAKE_API_URL: 'http://127.0.0.1:9',
  MAKE_TOOLSETS: 'all',
  MAKE_SCOPES: ALL_SCOPES.join(','),
  MAKE_RATE_LIMIT: '60',
};

/** Milliseconds from spawn to the answer to tools/list (after initialize), and the number of tools. */
function timeToList(script: string, env: Record<string, string>): Promise<{ ms: number; tools: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [script], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const send = (msg: object) => child.stdin.write(`${JSON.stringify(msg)}\n`);
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const msg = JSON.parse(buffer.slice(0, nl)) as { id?: number; result?: { tools?: unknown[] } };
        buffer = buffer.slice(nl + 1);
        if (msg.id === 1) {
          send({ jsonrpc: '2.0', method: 'notifications/initialized' });
          send({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
        } else if (msg.id === 2) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          child.kill();
          resolve({ ms, tools: msg.result?.tools?.length ?? 0 });
        }
      }
    });
    child.on('error', reject);
    send({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } },
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const make: number[] = [];
const empty: number[] = [];
let toolCount = 0;
await timeToList(EMPTY, {}); // warm the file cache for both
await timeToList(CLI, MAKE_ENV).catch(() => undefined);
for (let i = 0; i < runs; i++) {
  empty.push((await timeToList(EMPTY, {})).ms);
  const m = await timeToList(CLI, MAKE_ENV);
  make.push(m.ms);
  toolCount = m.tools;
}
const listed = await listTools(
  {
    apiKey: 'bench',
    baseUrl: '',
    sandbox: false,
    toolsets: 'all',
    tools: [],
    readOnly: false,
    maxWaitSeconds: 1,
    timeoutSeconds: 1,
    transport: { kind: 'stdio' },
    scenarioTools: [],
  },
  toolsets,
);
const bytes = listed.reduce((sum, t) => sum + Buffer.byteLength(JSON.stringify(t)), 0);
console.log(`runs: ${runs}`);
console.log(`empty SDK server: median ${median(empty).toFixed(1)} ms to tools/list`);
console.log(`make-mcp (${toolCount} tools): median ${median(make).toFixed(1)} ms to tools/list`);
console.log(`ratio: ${(median(make) / median(empty)).toFixed(2)}x (target ≤ 1.10x)`);
console.log(
  `tools/list: ${bytes} bytes for ${listed.length} tools, ${Math.round(bytes / listed.length)} bytes per tool (target ≤ 590; Make's own: 623)`,
);
