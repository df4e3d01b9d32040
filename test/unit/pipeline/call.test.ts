// callTool, the one pipeline every tool call goes through: validation that names each bad field and sends
// nothing, configured defaults filled in, the confirm gate's preview, and unexpected throws reported by tool name.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint, type Endpoint } from '../../../src/endpoint.js';
import { MakeClient } from '../../../src/http/client.js';
import { callTool } from '../../../src/pipeline/call.js';
import { defineTool } from '../../../src/pipeline/define.js';
import connections from '../../../tools/connections.js';

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

const byName = (name: string) => connections.find((e) => e.name === name)!;
const names = new Set(connections.map((e) => e.name));
const textOf = (r: { content: unknown[] }) => (r.content[0] as { text: string }).text;

const things = [
  make('things_list', 'things:read'),
  make('things_create', 'things:write', 'write'),
  make('things_delete', 'things:write', 'destructive'),
];

describe("callTool without the SDK in front (the pipeline's own validation)", () => {
  const client = new MakeClient({ baseUrl: 'http://127.0.0.1:9/api/v2', apiKey: 'secret-token-value' });
  const ctx = { client, readOnly: false, secret: 'secret-token-value' };

  it('names each bad field and what was expected, and sends nothing', async () => {
    const tool = defineTool(things[0], {}, new Set());
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
    const tool = defineTool(things[2], {}, new Set());
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

describe('the pipeline', () => {
  const unreachable = () =>
    new MakeClient({ baseUrl: 'http://127.0.0.1:9/api/v2', apiKey: 'k', retry: { maxAttempts: 1 } });

  it('previews a destructive call with its body, sending nothing', async () => {
    const tool = defineTool(byName('connections_set-data'), {}, names);
    const result = await callTool(
      tool,
      { connectionId: 103, data: { url: 'u' } },
      { client: unreachable(), readOnly: false, secret: 'k' },
    );
    expect(result).toEqual({
      content: [
        {
          type: 'text',
          text: 'Not executed: would POST /connections/103/set-data with body {"url":"u"} (Replace connection data). It acts on connection 103. This cannot be undone. Ask the user, then call again with confirm: true.',
        },
      ],
      isError: true,
    });
    const withoutBody = await callTool(
      defineTool(byName('connections_delete'), {}, names),
      { connectionId: 7, confirm: false },
      { client: unreachable(), readOnly: false, secret: 'k' },
    );
    expect(textOf(withoutBody)).toBe(
      'Not executed: would DELETE /connections/7 (Delete connection). It acts on connection 7. This cannot be undone. Ask the user, then call again with confirm: true.',
    );
  });

  it('fills a configured default even when the argument is given as undefined', async () => {
    const tool = defineTool(byName('connections_delete'), {}, names);
    const withDefault = defineTool(byName('connections_list'), { teamId: 22 }, names);
    expect(withDefault.defaults).toEqual({ teamId: 22 });
    // the preview shows exactly what would be sent: use a destructive endpoint with a default
    const del = endpoint({
      name: 'things_delete',
      title: 'Delete things',
      description: 'd',
      route: 'DELETE /things',
      scope: null,
      effect: 'destructive',
      input: { teamId: z.number().describe('team') },
      example: { teamId: 1 },
    });
    const t = defineTool(del, { teamId: 22 }, new Set());
    const ctx = { client: unreachable(), readOnly: false, secret: 'k' };
    expect(textOf(await callTool(t, {}, ctx))).toMatch(
      /^Not executed: would DELETE \/things\?teamId=22 \(Delete things\)/,
    );
    expect(textOf(await callTool(t, { teamId: undefined }, ctx))).toMatch(
      /^Not executed: would DELETE \/things\?teamId=22 /,
    );
    expect(textOf(await callTool(t, { teamId: 5 }, ctx))).toMatch(/^Not executed: would DELETE \/things\?teamId=5 /);
    expect(tool.defaults).toEqual({});
  });

  it('treats missing arguments as an empty object', async () => {
    const tool = defineTool(byName('connections_get'), {}, names);
    expect(textOf(await callTool(tool, undefined, { client: unreachable(), readOnly: false, secret: 'k' }))).toBe(
      'Invalid arguments for connections_get, nothing was sent:\nconnectionId: required (number)',
    );
  });

  it('names a nested field by its path, and every unknown field', async () => {
    const tool = defineTool(byName('connections_check-scopes'), {}, names);
    expect(
      textOf(
        await callTool(
          tool,
          { connectionId: 1, scope: ['a', 7], x: 1, y: 2 },
          { client: unreachable(), readOnly: false, secret: 'k' },
        ),
      ),
    ).toBe(
      'Invalid arguments for connections_check-scopes, nothing was sent:\nscope.1: expected string, got number\n(arguments): unknown field(s) x, y',
    );
  });

  it("names other validation problems with zod's words", async () => {
    const tool = defineTool(byName('connections_create'), {}, names);
    expect(
      textOf(
        await callTool(
          tool,
          { teamId: 22, accountName: '', accountType: 'http' },
          { client: unreachable(), readOnly: false, secret: 'k' },
        ),
      ),
    ).toBe(
      'Invalid arguments for connections_create, nothing was sent:\naccountName: String must contain at least 1 character(s)',
    );
  });

  it('turns an unexpected throw into an internal error naming the tool', async () => {
    const odd = endpoint({
      name: 'things_get',
      title: 't',
      description: 'd',
      route: 'GET /things/{id}',
      scope: null,
      effect: 'read',
      input: { id: z.string().describe('id') },
      example: { id: 'a' },
    });
    const result = await callTool(
      defineTool(odd, {}, new Set()),
      { id: '..' },
      { client: unreachable(), readOnly: false, secret: 'k' },
    );
    expect(result).toEqual({
      content: [{ type: 'text', text: 'Internal error in things_get: ".." is not a valid id' }],
      isError: true,
    });
  });
});
