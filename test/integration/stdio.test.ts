// The built server, started the way Claude Desktop starts it, over stdio with the SDK's client.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_SCOPES, startSimulator, type Simulator } from '../../src/simulator/index.js';
import { allEndpoints } from '../../src/pipeline/select.js';
import { defaultTools, toolsets } from '../../tools/index.js';

const CLI = fileURLToPath(new URL('../../dist/src/cli.js', import.meta.url));
// The committed tools/list, one file per toolset (the toolset each tool is declared in, tools/index.ts).
const SNAPSHOTS = new URL('./tools-list/', import.meta.url);
const CANARY = 'canary-3f9d2c7e-token-must-never-appear';

let sim: Simulator;
let client: Client;
let stderr = '';
const protocolErrors: Error[] = [];
const outputs: string[] = [];

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  sim = await startSimulator({ tokens: { [CANARY]: ALL_SCOPES } });
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI],
    env: {
      PATH: process.env.PATH ?? '',
      MAKE_API_KEY: CANARY,
      MAKE_API_URL: sim.url,
      MAKE_TEAM: '22',
      MAKE_TOOLSETS: 'all',
    },
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  client = new Client({ name: 'e2e', version: '1.0.0' });
  // Any stdout line that is not JSON-RPC surfaces here.
  client.onerror = (err) => protocolErrors.push(err);
  await client.connect(transport);
});

afterAll(async () => {
  await client?.close();
  await sim?.close();
});

/**
 * Each toolset's listed tools against tools-list/<toolset>.json; `vitest -u` rewrites them and deletes the file of a
 * toolset that is gone. Without -u, a missing or orphaned file fails like a changed one.
 */
async function matchSnapshotsByToolset(tools: Tool[]) {
  const toolsetOf = new Map(Object.entries(toolsets).flatMap(([toolset, list]) => list.map((e) => [e.name, toolset])));
  expect(
    tools.filter((t) => !toolsetOf.has(t.name)).map((t) => t.name),
    'listed, but declared in no toolset',
  ).toEqual([]);
  const updating = expect.getState().snapshotState.snapshotUpdateState === 'all';
  const files = existsSync(SNAPSHOTS) ? readdirSync(SNAPSHOTS) : [];
  const orphans = files.filter((file) => !Object.hasOwn(toolsets, file.replace(/\.json$/, '')));
  const missing = Object.keys(toolsets).filter((toolset) => !files.includes(`${toolset}.json`));
  if (updating) for (const file of orphans) rmSync(new URL(file, SNAPSHOTS));
  else {
    const rerun = 'run npx vitest run test/integration/stdio.test.ts -u and review the diff';
    expect(orphans, `snapshots of no toolset: ${rerun}`).toEqual([]);
    expect(missing, `toolsets without a snapshot: ${rerun}`).toEqual([]);
  }
  for (const toolset of Object.keys(toolsets)) {
    const listed = tools.filter((t) => toolsetOf.get(t.name) === toolset);
    await expect(JSON.stringify({ tools: listed }, null, 2) + '\n').toMatchFileSnapshot(
      fileURLToPath(new URL(`${toolset}.json`, SNAPSHOTS)),
    );
  }
}

describe('built server over stdio', () => {
  it('lists every tool exactly as the committed snapshots (one per toolset), with the three hints app directories require explicit', async () => {
    const { tools } = await client.listTools();
    outputs.push(JSON.stringify(tools));
    for (const tool of tools) {
      const hints = Object.keys(tool.annotations ?? {}).sort();
      expect(
        hints.filter((h) => h !== 'idempotentHint'),
        tool.name,
      ).toEqual(['destructiveHint', 'openWorldHint', 'readOnlyHint']);
      if (hints.includes('idempotentHint'))
        expect(tool.annotations, tool.name).toMatchObject({ readOnlyHint: false, idempotentHint: true });
      expect(tool.inputSchema, tool.name).not.toHaveProperty('$schema');
    }
    await matchSnapshotsByToolset(tools);
  });

  it("asked Make for the token's scopes at start and logged to stderr only", () => {
    expect(sim.requests[0]).toMatchObject({ method: 'GET', path: '/api/v2/users/me/current-authorization' });
    expect(stderr).toContain(`${allEndpoints(toolsets).length} tools listed`);
  });

  it('sends the documented request for a call and refuses a destructive one without confirm', async () => {
    sim.requests.length = 0;
    const list = await client.callTool({ name: 'connections_list', arguments: { cols: ['id', 'name'] } });
    outputs.push(JSON.stringify(list));
    expect(list.isError).toBeFalsy();
    expect(sim.requests.map((r) => [r.method, r.path, r.query])).toEqual([
      [
        'GET',
        '/api/v2/connections',
        [
          ['teamId', '22'],
          ['cols[]', 'id'],
          ['cols[]', 'name'],
        ],
      ],
    ]);

    const refused = await client.callTool({ name: 'connections_delete', arguments: { connectionId: 101 } });
    outputs.push(JSON.stringify(refused));
    expect(refused.isError).toBe(true);
    expect(sim.requests).toHaveLength(1);

    const missing = await client.callTool({ name: 'connections_get', arguments: { connectionId: 4242 } });
    outputs.push(JSON.stringify(missing));
    expect(missing.isError).toBe(true);
  });

  it('keeps stdout to JSON-RPC and the token out of every output', () => {
    expect(protocolErrors).toEqual([]);
    for (const text of [...outputs, stderr]) expect(text).not.toContain(CANARY);
    expect(sim.requests.every((r) => r.token === CANARY)).toBe(true); // the token did reach Make
  });
});

describe('start-up errors', () => {
  it('prints usage with every setting for --help and exits 0', () => {
    const run = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    for (const name of [
      'MAKE_API_KEY',
      'MAKE_ZONE',
      'MAKE_API_URL',
      'MAKE_TEAM',
      'MAKE_ORGANIZATION',
      'MAKE_TOOLSETS',
      'MAKE_TOOLS',
      'MAKE_READ_ONLY',
      'MAKE_SCOPES',
      'MAKE_RATE_LIMIT',
      '--sandbox',
    ]) {
      expect(run.stdout).toContain(name);
    }
  });

  it('ends with one readable line and exit 1 on a bad setting', () => {
    const run = spawnSync(process.execPath, [CLI], {
      env: { PATH: process.env.PATH ?? '', MAKE_API_KEY: CANARY, MAKE_ZONE: 'moon.make.com' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('MAKE_ZONE');
    expect(run.stderr).not.toContain(CANARY);
  });
});

describe('--sandbox', () => {
  it('starts its own simulator, says so on stderr, and serves the tools with no key', async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [CLI, '--sandbox'],
      env: { PATH: process.env.PATH ?? '' },
      stderr: 'pipe',
    });
    let log = '';
    transport.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const sandbox = new Client({ name: 'sandbox', version: '1.0.0' });
    await sandbox.connect(transport);
    try {
      // the default listing: the core set and the catalogue tools, which reach everything else
      expect((await sandbox.listTools()).tools.map((t) => t.name).sort()).toEqual(
        [...defaultTools, 'make_call_read_tool', 'make_call_tool', 'make_search_tools'].sort(),
      );
      const result = await sandbox.callTool({ name: 'connections_list', arguments: { cols: ['id'] } });
      expect(result.isError).toBeFalsy();
      expect(JSON.stringify(result.content)).toContain('101');
      const found = await sandbox.callTool({ name: 'make_search_tools', arguments: { query: 'turn off a webhook' } });
      expect(JSON.stringify(found.content)).toContain('hooks_disable');
      const viaCaller = await sandbox.callTool({
        name: 'make_call_read_tool',
        arguments: { tool: 'hooks_get', arguments: { hookId: 601 } },
      });
      expect(viaCaller.isError).toBeFalsy();
      expect(log).toMatch(/sandbox mode: talking to the built-in Make simulator at http:\/\/127\.0\.0\.1:\d+/);
    } finally {
      await sandbox.close();
    }
  });
});
