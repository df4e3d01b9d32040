// Read-only mode has two layers, each tested on its own: the pipeline refuses any tool not declared a read before
// the client is asked, and the client refuses any request not declared a read whoever asks, whatever its method.
// Reads keep working, a POST that only reads (verify) included.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MakeRequest } from '../../src/http/request.js';
import { MakeClient } from '../../src/http/client.js';
import { callTool } from '../../src/pipeline/call.js';
import { defineTool } from '../../src/pipeline/define.js';
import connections from '../../tools/connections.js';
import { startHarness, type Harness, type HarnessOptions } from '../helpers/harness.js';

const names = new Set(connections.map((e) => e.name));
const tool = (name: string) =>
  defineTool(
    connections.find((e) => e.name === name)!,
    {},
    names,
  );
const textOf = (r: { content: unknown[] }) => (r.content[0] as { text: string }).text;
const REFUSED = (request: string) => `Refused: the server runs read-only (MAKE_READ_ONLY), so ${request} was not sent.`;

const harnesses: Harness[] = [];
async function harness(options: HarnessOptions = {}): Promise<Harness> {
  const h = await startHarness({
    ...options,
    config: { toolsets: ['connections'], scopes: ['connections:read', 'connections:write'], ...options.config },
  });
  harnesses.push(h);
  return h;
}
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.close()));
});

describe("the pipeline's own gate", () => {
  // The client here is NOT read-only: only the pipeline's gate stands between the call and Make.
  it.each([
    ['connections_create', { teamId: 22, accountName: 'x', accountType: 'http' }, 'POST /connections?teamId=22'],
    ['connections_update', { connectionId: 102, name: 'y' }, 'PATCH /connections/102'],
    ['connections_delete', { connectionId: 102, confirm: true }, 'DELETE /connections/102'],
    [
      'connections_set-data',
      { connectionId: 103, data: { url: 'u' }, confirm: true },
      'POST /connections/103/set-data',
    ],
  ] as const)('refuses %s before anything is sent or asked', async (name, args, request) => {
    const h = await harness();
    const askHuman = vi.fn(async () => true);
    const result = await callTool(tool(name), args, {
      client: h.make,
      readOnly: true,
      secret: 'sandbox-token',
      askHuman,
    });
    expect(result).toEqual({ content: [{ type: 'text', text: REFUSED(request) }], isError: true });
    expect(askHuman).not.toHaveBeenCalled();
    expect(h.sim.requests).toEqual([]);
    expect(h.sim.applied).toEqual([]);
  });

  it('a destructive call without confirm still gets its preview first, and nothing is sent', async () => {
    const h = await harness();
    const result = await callTool(
      tool('connections_delete'),
      { connectionId: 102 },
      { client: h.make, readOnly: true, secret: 'sandbox-token' },
    );
    expect(textOf(result)).toMatch(/^Not executed: would DELETE \/connections\/102 \(Delete connection\)/);
    expect(h.sim.requests).toEqual([]);
  });

  it('lets a POST that only reads through', async () => {
    const h = await harness({ config: { readOnly: true } });
    const result = await callTool(
      tool('connections_verify'),
      { connectionId: 101 },
      { client: h.make, readOnly: true, secret: 'sandbox-token' },
    );
    expect(result.isError).toBeUndefined();
    expect(h.sim.requests.map((r) => r.route)).toEqual(['POST /connections/{connectionId}/test']);
  });

  it('lets reads through', async () => {
    const h = await harness();
    const result = await callTool(
      tool('connections_get'),
      { connectionId: 102 },
      { client: h.make, readOnly: true, secret: 'sandbox-token' },
    );
    expect(result.isError).toBeUndefined();
    expect(result.structuredContent).toMatchObject({ id: 102 });
    expect(h.sim.requests.map((r) => r.route)).toEqual(['GET /connections/{connectionId}']);
  });
});

describe("the client's own gate", () => {
  it.each([
    { method: 'POST', path: '/connections?teamId=22', body: {} },
    { method: 'PATCH', path: '/connections/102', body: { name: 'x' } },
    { method: 'PUT', path: '/connections/102', body: {} },
    { method: 'DELETE', path: '/connections/102' },
    { method: 'GET', path: '/connections/102' },
  ] as MakeRequest[])('refuses $method not declared a read, without sending it', async (request) => {
    const h = await harness({ config: { readOnly: true } });
    expect(await h.make.send(request, { scope: null })).toEqual({ ok: false, failure: { kind: 'read-only' } });
    expect(h.sim.requests).toEqual([]);
  });

  it('refuses even a call the pipeline let through, and says so', async () => {
    const h = await harness({ config: { readOnly: true } });
    const result = await callTool(
      tool('connections_create'),
      { teamId: 22, accountName: 'x', accountType: 'http' },
      { client: h.make, readOnly: false, secret: 'sandbox-token' },
    );
    expect(textOf(result)).toBe(REFUSED('POST /connections?teamId=22'));
    expect(h.sim.requests).toEqual([]);
  });

  it('sends a request declared a read, whatever its method', async () => {
    const h = await harness({ config: { readOnly: true } });
    const outcome = await h.make.send({ method: 'GET', path: '/connections/102' }, { scope: null, read: true });
    expect(outcome).toMatchObject({ ok: true, status: 200, attempts: 1, data: { connection: { id: 102 } } });
    const verified = await h.make.send({ method: 'POST', path: '/connections/101/test' }, { scope: null, read: true });
    expect(verified).toMatchObject({ ok: true, status: 200 });
  });
});

describe('end to end through the MCP client', () => {
  it('lists only the read tools, even when a write tool is asked for by name', async () => {
    const h = await harness({
      config: { readOnly: true, toolsets: [], tools: ['connections_get', 'connections_create', 'connections_delete'] },
    });
    expect((await h.mcp.listTools()).tools.map((t) => t.name)).toEqual(['connections_get']);
  });

  it('a read works; a write tool is unknown', async () => {
    const h = await harness({ config: { readOnly: true } });
    expect((await h.mcp.listTools()).tools.map((t) => t.name).sort()).toEqual([
      'connections_check-scopes',
      'connections_get',
      'connections_list',
      'connections_list-editable-parameters',
      'connections_verify',
    ]);
    const read = await h.call('connections_list', { teamId: 22 });
    expect(read.isError).toBeFalsy();
    const write = await h.call('connections_create', { teamId: 22, accountName: 'x', accountType: 'http' });
    expect(write.isError).toBe(true);
    expect(h.sim.requests.map((r) => r.method)).toEqual(['GET']);
  });
});

describe('no write path opens in read-only mode', () => {
  it('no tool of the catalogue that is not declared a read sends anything, through either layer alone', async () => {
    const { toolsets } = await import('../../tools/index.js');
    const all = Object.values(toolsets).flat();
    const every = new Set(all.map((e) => e.name));
    const h = await harness({ config: { readOnly: true, toolsets: 'all', scopes: undefined } });
    const before = h.sim.requests.length; // what the server read at start
    const writes = all.filter((e) => e.effect !== 'read');
    expect(writes.length).toBeGreaterThan(200);
    const unguarded = new MakeClient({ baseUrl: h.config.baseUrl, apiKey: 'sandbox-token', readOnly: false });
    for (const e of writes) {
      const tool = defineTool(e, {}, every);
      const args = { ...e.example, ...(e.effect === 'destructive' ? { confirm: true } : {}) };
      const ctx = { secret: 'sandbox-token', askHuman: async () => true };
      // the pipeline's gate alone (its client would send), then the client's alone (its pipeline would let it by)
      const byPipeline = await callTool(tool, args, { ...ctx, client: unguarded, readOnly: true });
      const byClient = await callTool(tool, args, { ...ctx, client: h.make, readOnly: false });
      for (const result of [byPipeline, byClient])
        expect(textOf(result), e.name).toMatch(/^Refused: the server runs read-only/);
    }
    await unguarded.close();
    expect(h.sim.requests.slice(before)).toEqual([]);
    expect(h.sim.applied).toEqual([]);
  });
});
