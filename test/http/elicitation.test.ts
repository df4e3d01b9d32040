// The human is asked (MCP elicitation) only before a destructive call that passed the confirm gate: never for
// reads or ordinary writes, never for a preview, never in read-only mode; and only a checked "yes" goes ahead.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { ElicitRequestSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callTool } from '../../src/pipeline/call.js';
import { defineTool } from '../../src/pipeline/define.js';
import { buildServer } from '../../src/host/tool-host.js';
import connections from '../../tools/connections.js';
import { startHarness, type Harness } from '../helpers/harness.js';

type Answer = { action: 'accept'; content: { confirm: boolean } } | { action: 'decline' } | { action: 'cancel' };

const harnesses: Harness[] = [];
const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(harnesses.splice(0).map((h) => h.close()));
});

/** A harness, and an MCP client that supports elicitation and answers every question with `answer`. */
async function asking(answer: Answer) {
  const h = await startHarness({
    config: { toolsets: ['connections'], scopes: ['connections:read', 'connections:write'] },
  });
  harnesses.push(h);
  const { server } = buildServer({ config: h.config, client: h.make, toolsets: { connections } });
  const asked: string[] = [];
  const client = new Client({ name: 'asking', version: '1' }, { capabilities: { elicitation: {} } });
  client.setRequestHandler(ElicitRequestSchema, async (request) => {
    asked.push(request.params.message);
    return answer;
  });
  const [a, b] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(b), client.connect(a)]);
  clients.push(client);
  const call = async (name: string, args: Record<string, unknown>) => {
    const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
    return { ...result, text: (result.content[0] as { text: string }).text };
  };
  return { h, asked, call };
}

describe('not asked', () => {
  it.each([
    ['connections_list', { teamId: 22 }, 'GET /connections'],
    ['connections_get', { connectionId: 102 }, 'GET /connections/{connectionId}'],
    ['connections_create', { teamId: 22, accountName: 'x', accountType: 'http' }, 'POST /connections'],
    ['connections_update', { connectionId: 102, name: 'y' }, 'PATCH /connections/{connectionId}'],
    ['connections_verify', { connectionId: 101 }, 'POST /connections/{connectionId}/test'],
  ] as const)('for %s (not destructive): the call goes straight to Make', async (name, args, route) => {
    const { h, asked, call } = await asking({ action: 'decline' });
    const result = await call(name, args);
    expect(result.isError, result.text).toBeFalsy();
    expect(asked).toEqual([]);
    expect(h.sim.requests.map((r) => r.route)).toEqual([route]);
  });

  it('for a destructive call without confirm: the preview answers, nothing is asked or sent', async () => {
    const { h, asked, call } = await asking({ action: 'accept', content: { confirm: true } });
    const result = await call('connections_delete', { connectionId: 102 });
    expect(result.text).toMatch(/^Not executed: would DELETE \/connections\/102/);
    expect(asked).toEqual([]);
    expect(h.sim.requests).toEqual([]);
  });

  it('in read-only mode: refused before asking', async () => {
    const { h } = await asking({ action: 'accept', content: { confirm: true } });
    const askHuman = vi.fn(async () => true);
    const del = defineTool(
      connections.find((e) => e.name === 'connections_delete')!,
      {},
      new Set(),
    );
    const result = await callTool(
      del,
      { connectionId: 102, confirm: true },
      { client: h.make, readOnly: true, secret: 'x', askHuman },
    );
    expect(result.isError).toBe(true);
    expect(askHuman).not.toHaveBeenCalled();
    expect(h.sim.requests).toEqual([]);
  });
});

describe('asked before a confirmed destructive call', () => {
  it('once, naming the action and the exact request; a checked yes goes ahead', async () => {
    const { h, asked, call } = await asking({ action: 'accept', content: { confirm: true } });
    const result = await call('connections_set-data', {
      connectionId: 103,
      data: { url: 'https://x.example', apiKey: 'k' },
      confirm: true,
    });
    expect(result.isError, result.text).toBeFalsy();
    expect(asked).toEqual(['Allow Replace connection data: POST /connections/103/set-data?']);
    expect(h.sim.applied).toHaveLength(1);
  });

  it.each([
    ['declined', { action: 'decline' }],
    ['cancelled', { action: 'cancel' }],
    ['accepted with the box unchecked', { action: 'accept', content: { confirm: false } }],
  ] as const)('%s: stops, and nothing is sent', async (_, answer) => {
    const { h, asked, call } = await asking(answer);
    const result = await call('connections_delete', { connectionId: 102, confirm: true });
    expect(result.isError).toBe(true);
    expect(result.text).toBe('Not executed: the user declined DELETE /connections/102.');
    expect(asked).toEqual(['Allow Delete connection: DELETE /connections/102?']);
    expect(h.sim.requests).toEqual([]);
  });
});

describe('an answer that does not fit the question', () => {
  it('is refused as the form would refuse it (checked by Ajv, built on this first use): nothing is sent', async () => {
    const { h, asked, call } = await asking({ action: 'accept', content: { confirm: 'yes' as unknown as boolean } });
    const result = await call('connections_delete', { connectionId: 102, confirm: true });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('does not match requested schema: data/confirm must be boolean');
    expect(asked).toHaveLength(1);
    expect(h.sim.requests).toEqual([]);
  });
});

describe('without elicitation support', () => {
  it('the confirm argument alone lets a destructive call through', async () => {
    const h = await startHarness({
      config: { toolsets: ['connections'], scopes: ['connections:read', 'connections:write'] },
    });
    harnesses.push(h);
    const result = await h.call('connections_delete', { connectionId: 102, confirm: true });
    expect(result.isError, result.text).toBeFalsy();
    expect(h.sim.applied).toEqual([{ route: 'DELETE /connections/{connectionId}', id: 102 }]);
  });
});
