import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint, type Endpoint } from '../../../src/endpoint.js';
import { MakeClient } from '../../../src/http/client.js';
import { callTool } from '../../../src/pipeline/call.js';
import { defineTool } from '../../../src/pipeline/define.js';
import { selectEndpoints } from '../../../src/pipeline/select.js';

const make = (name: string, scope: string | null, effect: Endpoint['effect'] = 'read'): Endpoint =>
  endpoint({
    name,
    title: name,
    description: `${name} description`,
    scope,
    effect,
    route: effect === 'read' ? 'GET /things' : effect === 'destructive' ? 'DELETE /things/{thingId}' : 'POST /things',
    input: { thingId: z.number().int().describe('id') },
    example: { thingId: 1 },
  });

const toolsets = {
  things: [
    make('things_list', 'things:read'),
    make('things_create', 'things:write', 'write'),
    make('things_delete', 'things:write', 'destructive'),
  ],
  users: [make('users_me', null), make('users_invite', 'users:write', 'write')],
};

describe('selectEndpoints', () => {
  const select = (config: Partial<Parameters<typeof selectEndpoints>[0]['config']>, granted: string[] | null = null) =>
    selectEndpoints({
      toolsets,
      config: { toolsets: ['things'], tools: [], readOnly: false, ...config },
      allows: (scope) => scope === null || granted === null || granted.includes(scope),
    });

  it('takes whole toolsets plus single tools', () => {
    expect(select({ tools: ['users_me'] }).selected.map((e) => e.name)).toEqual([
      'things_list',
      'things_create',
      'things_delete',
      'users_me',
    ]);
    expect(select({ toolsets: 'all' }).selected).toHaveLength(5);
  });
  it('keeps only read tools in read-only mode, whatever else is asked', () => {
    expect(select({ toolsets: 'all', tools: ['users_invite'], readOnly: true }).selected.map((e) => e.name)).toEqual([
      'things_list',
      'users_me',
    ]);
  });
  it('hides tools whose scope is not granted, keeps tools that need none, and counts what it hid', () => {
    const { selected, hiddenByScope } = select({ toolsets: 'all' }, ['things:write']);
    expect(selected.map((e) => e.name)).toEqual(['things_create', 'things_delete', 'users_me']);
    expect(hiddenByScope.map((e) => e.name)).toEqual(['things_list', 'users_invite']);
  });
});

describe("callTool without the SDK in front (the pipeline's own validation)", () => {
  const client = new MakeClient({ baseUrl: 'http://127.0.0.1:9/api/v2', apiKey: 'secret-token-value' });
  const ctx = { client, readOnly: false, secret: 'secret-token-value' };

  it('names each bad field and what was expected, and sends nothing', async () => {
    const tool = defineTool(toolsets.things[0], {}, new Set());
    const result = await callTool(tool, { thingId: 'seven', other: 1 }, ctx);
    expect(result.isError).toBe(true);
    expect(result.content[0]).toEqual({
      type: 'text',
      text: 'Invalid arguments for things_list, nothing was sent:\nthingId: expected number, got string\n(arguments): unknown field(s) other',
    });
    const missing = await callTool(tool, {}, ctx);
    expect((missing.content[0] as { text: string }).text).toContain('thingId: required (number)');
  });

  it('previews a destructive call without confirm and redacts the token from anything it shows', async () => {
    const tool = defineTool(toolsets.things[2], {}, new Set());
    const result = await callTool(tool, { thingId: 4 }, ctx);
    expect((result.content[0] as { text: string }).text).toMatch(
      /^Not executed: would DELETE \/things\/4 \(things_delete\)/,
    );
    const echo = defineTool(
      endpoint({
        name: 'things_echo',
        title: 't',
        description: 'd',
        route: 'POST /things/{thingId}',
        scope: null,
        effect: 'destructive',
        input: { thingId: z.string().describe('id') },
        example: { thingId: 'x' },
      }),
      {},
      new Set(),
    );
    const redacted = await callTool(echo, { thingId: 'secret-token-value' }, ctx);
    expect(JSON.stringify(redacted)).not.toContain('secret-token-value');
    expect(JSON.stringify(redacted)).toContain('[redacted]');
  });
});
