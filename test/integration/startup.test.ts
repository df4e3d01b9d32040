// The built server starts from the build's cache without loading the declarations module (dist/tools/index.js), lists
// byte for byte what it lists from the declarations themselves, and imports them on the first call; a cache that is
// stale or missing is ignored. The proof that start-up does not load the module is a module hook that refuses to load
// it: tools/list still answers, a call does not. Likewise Ajv (the SDK's checker of confirmation answers) is built on
// the first confirmation, not at start: a hook that refuses to build it leaves tools/list answering.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_SCOPES, SEED_IDS, startSimulator, type Simulator } from '../../src/simulator/index.js';
import { CLI } from '../helpers/http-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REFUSED = 'refused to load the declarations module';
/** No request reaches Make at start: scopes and rate limit given, a team and organization for the defaults. */
const LISTING_ENV = {
  MAKE_API_KEY: 'startup-test',
  MAKE_API_URL: 'http://127.0.0.1:9',
  MAKE_SCOPES: ALL_SCOPES.join(','),
  MAKE_RATE_LIMIT: '60',
  MAKE_TEAM: '22',
  MAKE_ORGANIZATION: '11',
};

interface Answer {
  /** The response line exactly as the server wrote it. */
  raw: string;
  result?: { isError?: boolean; content?: { text: string }[]; tools?: { name: string }[] };
  error?: { message: string };
}

/** The built CLI over stdio, spoken to in raw JSON-RPC lines, so answers can be compared byte for byte. */
function stdioCli(
  cli: string,
  env: Record<string, string>,
  nodeArgs: string[] = [],
  /** The client's answer to each request the server sends it, by method (e.g. elicitation/create). */
  answers: Record<string, object> = {},
) {
  const child = spawn(process.execPath, [...nodeArgs, cli], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const pending = new Map<number, (answer: Answer) => void>();
  let stdout = '';
  let stderr = '';
  let nextId = 1;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (let nl = stdout.indexOf('\n'); nl >= 0; nl = stdout.indexOf('\n')) {
      const raw = stdout.slice(0, nl);
      stdout = stdout.slice(nl + 1);
      const answer = { raw, ...(JSON.parse(raw) as Omit<Answer, 'raw'>) } as Answer & { id: number; method?: string };
      if (answer.method) write({ id: answer.id, result: answers[answer.method] ?? {} });
      else pending.get(answer.id)?.(answer);
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const write = (message: object) => child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
  const request = (method: string, params: object = {}) =>
    new Promise<Answer>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, resolve);
      write({ id, method, params });
      void exited.then((code) =>
        reject(new Error(`make-mcp exited with ${code} before answering ${method}:\n${stderr}`)),
      );
    });
  return {
    exited,
    stderr: () => stderr,
    async open(): Promise<void> {
      await request('initialize', {
        protocolVersion: '2025-06-18',
        capabilities: answers['elicitation/create'] ? { elicitation: {} } : {},
        clientInfo: { name: 'startup-test', version: '1' },
      });
      write({ method: 'notifications/initialized' });
    },
    request,
    call: (name: string, args: object = {}) => request('tools/call', { name, arguments: args }),
    close(): Promise<number | null> {
      child.stdin.end();
      return exited;
    },
  };
}

/** tools/list of the CLI at `cli` with this environment, exactly as written to stdout. */
async function listing(cli: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<string> {
  const server = stdioCli(cli, env, nodeArgs);
  await server.open();
  const { raw } = await server.request('tools/list');
  await server.close();
  return raw;
}

/** A copy of the build (dist/ and package.json, the installed node_modules linked) to change without touching dist/. */
function copyOfBuild(dir: string): string {
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return join(dir, 'dist/src/cli.js');
}

let temp: string;
let stale: string;
/** Rebuilt into a bundle of the same size but other content: only its stamp tells. */
let restamped: string;
let missing: string;
/** node --import of a module hook that makes importing dist/tools/index.js fail, in any copy of the build. */
let refuseDeclarations: string[];
/** node --import of a module hook that makes the SDK's building of an Ajv instance fail. */
let refuseAjv: string[];
const REFUSED_AJV = 'refused to build Ajv';

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'make-mcp-startup-'));
  // declarations changed since the cache was written (rebuilt without it): the cache no longer matches them
  stale = copyOfBuild(join(temp, 'stale'));
  appendFileSync(join(temp, 'stale/dist/tools/index.js'), '\n// changed after the cache was written\n');
  restamped = copyOfBuild(join(temp, 'restamped'));
  const bundle = join(temp, 'restamped/dist/tools/index.js');
  const source = readFileSync(bundle, 'utf8');
  expect(source).toMatch(/^\/\/ declarations [0-9a-f]{40}\n/);
  writeFileSync(bundle, source.replace(/^(\/\/ declarations )[0-9a-f]{40}/, `$1${'0'.repeat(40)}`));
  missing = copyOfBuild(join(temp, 'missing'));
  rmSync(join(temp, 'missing/dist/schema-cache.json'));

  const hook = `export async function load(url, context, next) {
    if (url.endsWith('/dist/tools/index.js')) throw new Error('${REFUSED}');
    return next(url, context);
  }`;
  writeFileSync(join(temp, 'refuse-hook.mjs'), hook);
  writeFileSync(
    join(temp, 'refuse.mjs'),
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(temp, 'refuse-hook.mjs')).href)});\n`,
  );
  refuseDeclarations = ['--import', pathToFileURL(join(temp, 'refuse.mjs')).href];

  // the SDK's validation/ajv-provider.js, served with its Ajv factory throwing (and failing loudly if it changed)
  const ajvHook = `export async function load(url, context, next) {
    const loaded = await next(url, context);
    if (!url.endsWith('/validation/ajv-provider.js')) return loaded;
    const source = String(loaded.source);
    const factory = 'function createDefaultAjvInstance() {';
    if (!source.includes(factory)) throw new Error('the SDK no longer builds Ajv in createDefaultAjvInstance');
    return { ...loaded, source: source.replace(factory, factory + " throw new Error('${REFUSED_AJV}');") };
  }`;
  writeFileSync(join(temp, 'refuse-ajv-hook.mjs'), ajvHook);
  writeFileSync(
    join(temp, 'refuse-ajv.mjs'),
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(temp, 'refuse-ajv-hook.mjs')).href)});\n`,
  );
  refuseAjv = ['--import', pathToFileURL(join(temp, 'refuse-ajv.mjs')).href];
});

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('start-up from the build cache', () => {
  for (const [label, env] of [
    ['default configuration', LISTING_ENV],
    ['MAKE_TOOLSETS=all', { ...LISTING_ENV, MAKE_TOOLSETS: 'all' }],
  ] as const) {
    it(`lists byte for byte what the declarations list, a stale or missing cache ignored: ${label}`, async () => {
      const [fromCache, fromStale, fromMissing, refusing] = await Promise.all([
        listing(CLI, env),
        listing(stale, env),
        listing(missing, env),
        listing(CLI, env, refuseDeclarations),
      ]);
      expect(JSON.parse(fromCache).result.tools.length).toBeGreaterThan(label === 'default configuration' ? 10 : 400);
      expect(fromCache).toBe(fromStale);
      expect(fromCache).toBe(fromMissing);
      // listed without ever loading the declarations module
      expect(refusing).toBe(fromCache);
    });
  }

  it('loads the declarations on the first call of a tool, not before; searching needs only the cache', async () => {
    const server = stdioCli(CLI, LISTING_ENV, refuseDeclarations);
    await server.open();
    const search = await server.call('make_search_tools', { query: 'list connections' });
    expect(search.result?.isError).toBeFalsy();
    expect(search.result?.content?.[0].text).toContain('connections_list');
    const call = await server.call('scenarios_list', {});
    expect(JSON.stringify(call)).toContain(REFUSED);
    expect(await server.close()).toBe(0);
  });

  it('builds Ajv on the first confirmation the user answers, not at start', async () => {
    const env = { ...LISTING_ENV, MAKE_TOOLSETS: 'all' };
    const [listed, refusing] = await Promise.all([listing(CLI, env), listing(CLI, env, refuseAjv)]);
    expect(refusing).toBe(listed);

    const server = stdioCli(CLI, env, refuseAjv, {
      'elicitation/create': { action: 'accept', content: { confirm: true } },
    });
    await server.open();
    // the answer is checked against the question's form before the call goes on: that needs Ajv
    const call = await server.call('connections_delete', { connectionId: 1, confirm: true });
    expect(call.raw).toContain(REFUSED_AJV);
    expect(await server.close()).toBe(0);
  });

  for (const [label, cli] of [
    ['changed in size', () => stale],
    ['same size, stamped with another hash', () => restamped],
  ] as const) {
    it(`imports the declarations when the cache is stale (${label}): the hook then stops the start itself`, async () => {
      const server = stdioCli(cli(), LISTING_ENV, refuseDeclarations);
      expect(await server.exited).toBe(1);
      expect(server.stderr()).toContain(`make-mcp: failed to start: ${REFUSED}`);
    });
  }
});

describe('calls of a server started from the build cache', () => {
  let sim: Simulator;
  const TOKEN = 'startup-calls-token';

  beforeAll(async () => {
    sim = await startSimulator({ tokens: { [TOKEN]: ALL_SCOPES } });
  });
  afterAll(async () => {
    await sim?.close();
  });

  it('runs a listed tool and a catalogued one through the callers, each sending its request to Make', async () => {
    const server = stdioCli(CLI, { MAKE_API_KEY: TOKEN, MAKE_API_URL: sim.url, MAKE_TEAM: '22' });
    await server.open();
    sim.requests.length = 0;
    const listed = await server.call('scenarios_list', { cols: ['id', 'name'] });
    expect(listed.result?.isError).toBeFalsy();
    const catalogued = await server.call('make_call_read_tool', { tool: 'connections_list', arguments: {} });
    expect(catalogued.result?.isError).toBeFalsy();
    const refused = await server.call('make_call_read_tool', {
      tool: 'connections_delete',
      arguments: { connectionId: 1 },
    });
    expect(refused.result?.content?.[0].text).toContain('changes data');
    const invalid = await server.call('make_call_tool', {
      tool: 'connections_delete',
      arguments: { connectionId: 'x' },
    });
    expect(invalid.result?.content?.[0].text).toContain('connectionId: expected number');
    expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v2/scenarios',
      'GET /api/v2/connections',
    ]);
    expect(await server.close()).toBe(0);
  });

  it('runs a scenario tool from the build cache alone: the declarations module is never loaded', async () => {
    const env = {
      MAKE_API_KEY: TOKEN,
      MAKE_API_URL: sim.url,
      MAKE_TEAM: String(SEED_IDS.team),
      MAKE_SCENARIO_TOOLS: 'all',
    };
    const server = stdioCli(CLI, env, refuseDeclarations);
    await server.open();
    const run = await server.call(`run_scenario_${SEED_IDS.onDemand.invoice}`, {
      Customer_email: 'startup@example.com',
      Invoice_number: 'INV-7',
    });
    expect(run.result?.isError).toBeFalsy();
    expect(run.result?.content?.[0].text).toContain('"status":"SUCCESS"');
    expect(await server.close()).toBe(0);
  });
});
