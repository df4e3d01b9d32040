// bench/startup: time from spawn to the tools/list answer over stdio (initialize first) for three servers started
// the same way and alternated round by round in one run: an MCP SDK server with no tools (the baseline), Make's own
// tool definitions (@makehq/sdk's MakeTools) and make-mcp with every toolset. Medians over the rounds, so load from
// other processes weighs on all three alike; on Linux also the CPU time each process spent until it answered, which
// such load disturbs less than the wall clock. Plus the size of make-mcp's tools/list per tool.
//   npm run bench:startup -- [--runs 15]
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ALL_SCOPES } from '../src/simulator/index.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);

const script = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// No call to Make at start: scopes and rate limit given, so only start-up itself is measured.
const MAKE_ENV = {
  MAKE_API_KEY: 'bench',
  MAKE_API_URL: 'http://127.0.0.1:9',
  MAKE_TOOLSETS: 'all',
  MAKE_SCOPES: ALL_SCOPES.join(','),
  MAKE_RATE_LIMIT: '60',
};
const SERVERS = [
  { label: 'empty SDK server', script: script('./empty-server.js'), env: {} },
  { label: "Make's own tools (@makehq/sdk)", script: script('./makes-own-server.js'), env: {} },
  { label: 'make-mcp, MAKE_TOOLSETS=all', script: script('../src/cli.js'), env: MAKE_ENV },
];

interface Sample {
  /** Wall-clock milliseconds from spawn to the tools/list answer. */
  ms: number;
  /** CPU milliseconds the process (all its threads) had spent by then; undefined where /proc is missing. */
  cpuMs?: number;
  tools: number;
}

/** CPU time of every thread of `pid` so far, from Linux's per-thread scheduler statistics. */
function cpuMsOf(pid: number): number | undefined {
  try {
    const ns = readdirSync(`/proc/${pid}/task`).reduce(
      (sum, task) => sum + Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]),
      0,
    );
    return ns / 1e6;
  } catch {
    return undefined;
  }
}

function timeToList(script: string, env: Record<string, string>): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [script], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const send = (msg: object) => child.stdin.write(`${JSON.stringify(msg)}\n`);
    // Pieces of the line being received, joined once when its newline arrives: re-joining a growing string on every
    // 64 KB piece would charge large answers for this harness's own copying.
    let pieces: Buffer[] = [];
    const onLine = (line: string) => {
      const msg = JSON.parse(line) as { id?: number; result?: { tools?: unknown[] } };
      if (msg.id === 1) {
        send({ jsonrpc: '2.0', method: 'notifications/initialized' });
        send({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
      } else if (msg.id === 2) {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const cpuMs = child.pid === undefined ? undefined : cpuMsOf(child.pid);
        child.kill();
        resolve({ ms, cpuMs, tools: msg.result?.tools?.length ?? 0 });
      }
    };
    child.stdout.on('data', (chunk: Buffer) => {
      for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a)) {
        onLine(Buffer.concat([...pieces, chunk.subarray(0, nl)]).toString());
        pieces = [];
        chunk = chunk.subarray(nl + 1);
      }
      if (chunk.length) pieces.push(chunk);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code} before answering tools/list`)));
    send({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } },
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const s of SERVERS) await timeToList(s.script, s.env); // warm the file cache for all three
const samples: Sample[][] = SERVERS.map(() => []);
for (let round = 0; round < runs; round++) {
  // each round starts with a different server, so none is always the one after a pause
  for (let k = 0; k < SERVERS.length; k++) {
    const i = (round + k) % SERVERS.length;
    samples[i].push(await timeToList(SERVERS[i].script, SERVERS[i].env));
  }
}

const [EMPTY, OWN, MAKE_MCP] = [0, 1, 2];
const hasCpu = samples.every((s) => s.every((x) => x.cpuMs !== undefined));
const wallOf = (x: Sample) => x.ms;
const cpuOf = (x: Sample) => x.cpuMs!;
/** Median over the rounds of server i's time against server j's in the same round: the machine's pace, which drifts
 * over a run, weighs on both sides of each ratio alike. */
const pairedRatio = (i: number, j: number, of: (x: Sample) => number) =>
  `${median(samples[i].map((x, round) => of(x) / of(samples[j][round]))).toFixed(2)}x`;
const medianOf = (i: number, of: (x: Sample) => number) => median(samples[i].map(of)).toFixed(1);

console.log(
  `${runs} rounds, servers alternated; load average at the end ${loadavg()[0].toFixed(1)} on this machine. ` +
    "Ratios: the median over the rounds of each round's own ratio.",
);
console.log('| server | tools | median ms to tools/list | vs empty | median CPU ms | vs empty |');
console.log('|---|---:|---:|---:|---:|---:|');
SERVERS.forEach((s, i) =>
  console.log(
    `| ${s.label} | ${samples[i][0].tools} | ${medianOf(i, wallOf)} | ${pairedRatio(i, EMPTY, wallOf)} | ${
      hasCpu ? `${medianOf(i, cpuOf)} | ${pairedRatio(i, EMPTY, cpuOf)}` : '- | -'
    } |`,
  ),
);
console.log(
  `make-mcp vs Make's own tools: ${pairedRatio(MAKE_MCP, OWN, wallOf)} wall${hasCpu ? `, ${pairedRatio(MAKE_MCP, OWN, cpuOf)} CPU` : ''}; ` +
    `target: make-mcp ≤ 1.10x the empty server`,
);
