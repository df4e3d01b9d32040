// Scopes, the organization's rate limit, cancellation, deadlines, read-only and elicitation, end to end
// through the MCP client, the server, the Make client and the simulator.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, describe, expect, it } from 'vitest';
import { allEndpoints } from '../../src/pipeline/select.js';
import { callTool } from '../../src/pipeline/call.js';
import { defineTool } from '../../src/pipeline/define.js';
import { buildServer } from '../../src/host/tool-host.js';
import { toolsets } from '../../tools/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const harnesses: Harness[] = [];
async function harness(...args: Parameters<typeof startHarness>): Promise<Harness> {
  const h = await startHarness(...args);
  harnesses.push(h);
  return h;
}
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.close()));
});

/** Listing tests look at the connections toolset, whose scopes and tools are known here. */
const CONNECTIONS_ONLY = { toolsets: ['connections'] };
const listed = async (h: Harness) => (await h.mcp.listTools()).tools.map((t) => t.name).sort();
const endpointNamed = (name: string) => allEndpoints(toolsets).find((e) => e.name === name)!;

describe('scopes', () => {
  it('lists only what a read-only token can use, and says how many it hid', async () => {
    const h = await harness({
      token: 'reader',
      sim: { tokens: { reader: ['connections:read'] } },
      config: CONNECTIONS_ONLY,
    });
    expect(await listed(h)).toEqual(['connections_get', 'connections_list', 'connections_list-editable-parameters']);
    expect(h.logs.join('\n')).toContain('3 tools listed; 6 hidden because the token lacks their scopes');
  });

  it('does not treat a :write scope as granting :read', async () => {
    const h = await harness({
      token: 'writer',
      sim: { tokens: { writer: ['connections:write'] } },
      config: CONNECTIONS_ONLY,
    });
    const names = await listed(h);
    expect(names).toHaveLength(6);
    expect(names).not.toContain('connections_list');
  });

  it('takes MAKE_SCOPES instead of asking Make', async () => {
    const h = await harness({ config: { ...CONNECTIONS_ONLY, scopes: ['connections:read'] } });
    expect(await listed(h)).toHaveLength(3);
    expect(h.sim.requests.filter((r) => r.path.endsWith('/current-authorization'))).toHaveLength(0);
  });

  it('lists every tool, with a warning, when the scopes cannot be read', async () => {
    const h = await harness({ token: 'unknown-token' });
    expect(await listed(h)).toHaveLength(allEndpoints(toolsets).length);
    expect(h.logs.join('\n')).toMatch(/warning: could not read the token's scopes/);
  });

  it('refuses a call that needs a missing scope before sending, naming the scope and the fix', async () => {
    const h = await harness({ config: { scopes: ['connections:read'] } });
    h.sim.requests.length = 0;
    const tool = defineTool(endpointNamed('connections_verify'), {}, new Set());
    const result = await callTool(
      tool,
      { connectionId: 101 },
      { client: h.make, readOnly: false, secret: 'sandbox-token' },
    );
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toMatch(/lacks the scope \\"connections:write\\".*token with that scope/);
    expect(h.sim.requests).toHaveLength(0);
  });
});

describe('rate limit', () => {
  it("keeps a burst of calls inside the organization's window: every call succeeds, Make never answers 429", async () => {
    // The simulator's window is half the client's: the client counts a request when it sends it, the simulator when
    // it arrives, and on a loaded machine that gap can exceed the client's 250 ms margin.
    const h = await harness({
      sim: { rateLimitPerMinute: 5, windowMs: 500 },
      config: { scopes: ['connections:read'], rateLimit: 5 },
      client: { windowMs: 1000, maxWaitMs: 10_000 },
    });
    const results = await Promise.all(
      Array.from({ length: 15 }, () => h.call('connections_get', { connectionId: 102 })),
    );
    expect(results.filter((r) => r.isError).map((r) => r.text)).toEqual([]);
    expect(h.sim.requests.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    expect(h.sim.requests).toHaveLength(15);
  });

  it("reads the limit from the organization's license when none is configured", async () => {
    const h = await harness({ sim: { rateLimitPerMinute: 120 }, config: { organization: 11 } });
    expect(h.make.limiter.limit).toBe(120);
    expect(h.sim.requests.map((r) => r.path)).toContain('/api/v2/organizations/11');
  });

  it('keeps MAKE_RATE_LIMIT over the license, and 60 when nothing is known', async () => {
    expect((await harness({ config: { organization: 11, rateLimit: 30 } })).make.limiter.limit).toBe(30);
    expect((await harness()).make.limiter.limit).toBe(60);
  });

  it('answers at once with the wait when the next slot is beyond the bound', async () => {
    const h = await harness({ config: { scopes: ['connections:read'], rateLimit: 2 }, client: { maxWaitMs: 1000 } });
    await h.call('connections_get', { connectionId: 102 });
    await h.call('connections_get', { connectionId: 102 });
    const third = await h.call('connections_get', { connectionId: 102 });
    expect(third.isError).toBe(true);
    expect(third.text).toMatch(/\(2 requests per minute\) is used up\. Wait (59|60|61) s/);
    expect(h.sim.requests).toHaveLength(2);
  });
});

describe('bounded concurrency', () => {
  it('has at most maxConcurrent requests in flight; the rest wait their turn', async () => {
    const h = await harness({
      config: { scopes: ['connections:read'] },
      client: { maxConcurrent: 2, headersTimeoutMs: 400 },
    });
    h.sim.injectFault({ kind: 'hang', route: 'GET /connections/{connectionId}', times: 2 });
    const calls = Array.from({ length: 3 }, () => h.call('connections_get', { connectionId: 102 }));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(h.sim.requests).toHaveLength(2); // the third waits for a free slot
    const results = await Promise.all(calls);
    expect(results.map((r) => r.isError ?? false)).toEqual([false, false, false]); // hung GETs were retried
  });
});

describe('cancellation and deadlines', () => {
  it('aborts the request in flight when the MCP client cancels', async () => {
    const h = await harness({ config: { scopes: ['connections:read'] }, client: { maxConcurrent: 1 } });
    h.sim.injectFault({ kind: 'hang', route: 'GET /connections/{connectionId}' });
    const controller = new AbortController();
    const pending = h.mcp.callTool({ name: 'connections_get', arguments: { connectionId: 102 } }, undefined, {
      signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    controller.abort();
    await expect(pending).rejects.toThrow();
    // With one connection slot, this call could only run if the hung request was really aborted.
    const next = await h.call('connections_get', { connectionId: 102 });
    expect(next.isError, next.text).toBeFalsy();
  });

  it('ends a call at its deadline; a POST that may have arrived is reported as unknown, not re-sent', async () => {
    const h = await harness({ client: { callTimeoutMs: 500 } });
    h.sim.requests.length = 0;
    h.sim.injectFault({ kind: 'hang', route: 'POST /connections', phase: 'after' });
    const result = await h.call('connections_create', {
      teamId: 22,
      accountName: 'Late',
      accountType: 'http',
      data: { url: 'u', apiKey: 'k' },
    });
    expect(result.text).toMatch(/^Outcome unknown/);
    expect(h.sim.requests).toHaveLength(1);
    expect(h.sim.applied).toHaveLength(1);

    h.sim.injectFault({ kind: 'hang', route: 'GET /connections/{connectionId}', times: 5 });
    const get = await h.call('connections_get', { connectionId: 102 });
    expect(get.text).toMatch(/Make is unavailable: Make did not answer in time/);
  });
});

describe('read-only', () => {
  it('lists only read tools and refuses writes at the pipeline and at the client', async () => {
    const h = await harness({ config: { readOnly: true } });
    const reads = allEndpoints(toolsets)
      .filter((e) => e.effect === 'read')
      .map((e) => e.name)
      .sort();
    expect(await listed(h)).toEqual(reads);
    h.sim.requests.length = 0;
    const tool = defineTool(endpointNamed('connections_create'), {}, new Set());
    const ctx = { client: h.make, readOnly: true, secret: 'sandbox-token' };
    const result = await callTool(tool, { teamId: 22, accountName: 'x', accountType: 'http' }, ctx);
    expect(JSON.stringify(result.content)).toContain('read-only');
    const raw = await h.make.send({ method: 'POST', path: '/connections?teamId=22', body: {} }, { scope: null });
    expect(raw).toEqual({ ok: false, failure: { kind: 'read-only' } });
    expect(h.sim.requests).toHaveLength(0);
  });
});

describe('elicitation', () => {
  async function clientAnswering(h: Harness, action: 'accept' | 'decline', confirm = true) {
    const { server } = buildServer({ config: h.config, client: h.make, toolsets });
    const asked: string[] = [];
    const client = new Client({ name: 'asking', version: '1' }, { capabilities: { elicitation: {} } });
    client.setRequestHandler(ElicitRequestSchema, async (request) => {
      asked.push(request.params.message);
      return action === 'accept' ? { action, content: { confirm } } : { action };
    });
    const [a, b] = InMemoryTransport.createLinkedPair();
    await Promise.all([server.connect(b), client.connect(a)]);
    return { client, asked };
  }

  it('asks the human before a destructive call and stops when they decline', async () => {
    const h = await harness();
    h.sim.requests.length = 0;
    const { client, asked } = await clientAnswering(h, 'decline');
    const result = await client.callTool({
      name: 'connections_delete',
      arguments: { connectionId: 102, confirm: true },
    });
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toContain('the user declined');
    expect(asked).toEqual(['Allow Delete connection: DELETE /connections/102?']);
    expect(h.sim.requests).toHaveLength(0);
    await client.close();
  });

  it('goes ahead when the human accepts', async () => {
    const h = await harness();
    const { client } = await clientAnswering(h, 'accept');
    const result = await client.callTool({
      name: 'connections_delete',
      arguments: { connectionId: 102, confirm: true },
    });
    expect(result.isError).toBeFalsy();
    expect(h.sim.applied).toEqual([{ route: 'DELETE /connections/{connectionId}', id: 102 }]);
    await client.close();
  });
});
