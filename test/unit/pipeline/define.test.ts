// Everything derived from a declaration: annotations, the confirm argument, configured defaults and the list
// tool named in 404s — and the pipeline's use of them (defaults sent, the confirm gate's preview, redaction).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint } from '../../../src/endpoint.js';
import { MakeClient } from '../../../src/http/client.js';
import { callTool } from '../../../src/pipeline/call.js';
import { defineTool } from '../../../src/pipeline/define.js';
import { inputJsonSchema, listingFromRaw, listingOf, rawInputSchema } from '../../../src/pipeline/listing.js';
import { resourceOf } from '../../../src/pipeline/select.js';
import connections from '../../../tools/connections.js';

const byName = (name: string) => connections.find((e) => e.name === name)!;
const names = new Set(connections.map((e) => e.name));
const textOf = (r: { content: unknown[] }) => (r.content[0] as { text: string }).text;

describe('annotations', () => {
  it.each([
    ['connections_get', { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false }],
    [
      'connections_create',
      { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
    ],
    [
      'connections_update',
      { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
    ],
    ['connections_verify', { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true }],
    [
      'connections_set-data',
      { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false },
    ],
    ['connections_delete', { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false }],
  ] as const)('%s', (name, hints) => {
    const tool = defineTool(byName(name), {}, names);
    expect(tool.annotations).toEqual({ title: byName(name).title, ...hints });
  });
  it('PUT is idempotent', () => {
    const put = endpoint({
      name: 'things_replace',
      title: 'Replace',
      description: 'd',
      route: 'PUT /things/{id}',
      scope: null,
      effect: 'write',
      input: { id: z.number().describe('id') },
      example: { id: 1 },
    });
    expect(defineTool(put, {}, new Set()).annotations.idempotentHint).toBe(true);
  });
});

describe('the confirm argument', () => {
  it('only destructive tools take it, optional and boolean', () => {
    expect(Object.keys(defineTool(byName('connections_delete'), {}, names).shape)).toEqual([
      'connectionId',
      'confirmed',
      'confirm',
    ]);
    expect(defineTool(byName('connections_create'), {}, names).shape).not.toHaveProperty('confirm');
    expect(defineTool(byName('connections_get'), {}, names).shape).not.toHaveProperty('confirm');
    const { schema } = defineTool(byName('connections_delete'), {}, names);
    expect(schema.safeParse({ connectionId: 1 }).success).toBe(true);
    expect(schema.safeParse({ connectionId: 1, confirm: 'true' }).success).toBe(false);
    expect(defineTool(byName('connections_delete'), {}, names).shape.confirm.description).toMatch(/true/);
  });
});

describe('configured defaults', () => {
  it('make the input optional, say so in its description, and apply only to inputs the tool has', () => {
    const tool = defineTool(byName('connections_list'), { teamId: 22, organizationId: 11 }, names);
    expect(tool.defaults).toEqual({ teamId: 22 });
    expect(tool.shape.teamId.isOptional()).toBe(true);
    expect(tool.shape.teamId.description).toBe('From teams_list. Defaults to 22.');
    expect(tool.shape).not.toHaveProperty('organizationId');
    expect(tool.schema.safeParse({}).success).toBe(true);
  });
  it('an unset default changes nothing', () => {
    const tool = defineTool(byName('connections_list'), { teamId: undefined }, names);
    expect(tool.defaults).toEqual({});
    expect(tool.shape.teamId.isOptional()).toBe(false);
    expect(tool.shape.teamId.description).toBe('From teams_list.');
  });
  it('an optional input gets no default (Make may want exactly one of a pair)', () => {
    const pair = endpoint({
      name: 'things_list',
      title: 't',
      description: 'd',
      route: 'GET /things',
      scope: null,
      effect: 'read',
      input: { teamId: z.number().optional().describe('team'), organizationId: z.number().optional().describe('org') },
      example: {},
    });
    const tool = defineTool(pair, { teamId: 5, organizationId: 6 }, new Set());
    expect(tool.defaults).toEqual({});
    expect(tool.shape.teamId.description).toBe('team');
  });
  it('an input without a description gets just the default', () => {
    const bare = endpoint({
      name: 'things_list',
      title: 't',
      description: 'd',
      route: 'GET /things',
      scope: null,
      effect: 'read',
      input: { teamId: z.number() },
      example: { teamId: 1 },
    });
    expect(defineTool(bare, { teamId: 5 }, new Set()).shape.teamId.description).toBe('Defaults to 5.');
  });
});

describe('the listing', () => {
  it('name, title, description, the input as JSON Schema without $schema, annotations without the title', () => {
    const tool = defineTool(byName('connections_delete'), {}, names);
    const listed = listingOf(tool);
    expect(Object.keys(listed)).toEqual(['name', 'title', 'description', 'inputSchema', 'annotations']);
    expect(listed).toMatchObject({
      name: 'connections_delete',
      title: 'Delete connection',
      description: byName('connections_delete').description,
    });
    expect(listed.annotations).toEqual({
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: true,
      openWorldHint: false,
    });
    expect(listed.inputSchema).not.toHaveProperty('$schema');
    // idempotentHint only on a write and only when true: MCP ignores it on a read and defaults it to false
    expect(listingOf(defineTool(byName('connections_get'), {}, names)).annotations).toEqual({
      readOnlyHint: true,
      destructiveHint: false,
      openWorldHint: false,
    });
    expect(listingOf(defineTool(byName('connections_create'), {}, names)).annotations).toEqual({
      readOnlyHint: false,
      destructiveHint: false,
      openWorldHint: false,
    });
    expect(listed.inputSchema).toMatchObject({ type: 'object', required: ['connectionId'] });
    expect(Object.keys(listed.inputSchema.properties!)).toEqual(['connectionId', 'confirmed', 'confirm']);
  });
  it('built from the cached raw schema, equals the one built from zod: defaults only on required inputs, confirm on destructive', () => {
    const mixed = endpoint({
      name: 'things_delete',
      title: 'Delete',
      description: 'd',
      route: 'DELETE /things',
      scope: null,
      effect: 'destructive',
      input: {
        teamId: z.number().optional().describe('team'),
        organizationId: z.number().describe('org'),
        folderId: z.number(),
        name: z.string().describe('name'),
      },
      example: { organizationId: 1, folderId: 2, name: 'n' },
    });
    for (const defaults of [
      { teamId: 5, organizationId: 6, folderId: 7 },
      { teamId: 5, organizationId: undefined },
      {},
    ]) {
      const fromRaw = listingFromRaw(mixed, defaults as never, rawInputSchema(mixed));
      expect(fromRaw, JSON.stringify(defaults)).toEqual(listingOf(defineTool(mixed, defaults as never, new Set())));
    }
    const all = listingFromRaw(mixed, { teamId: 5, organizationId: 6, folderId: 7 } as never, rawInputSchema(mixed));
    expect(all.inputSchema.properties!.folderId).toMatchObject({ description: 'Defaults to 7.' });
    expect(all.inputSchema.required).toEqual(['name']);
    const optionalOnly = endpoint({
      name: 'things_list',
      title: 'List',
      description: 'd',
      route: 'GET /things',
      scope: null,
      effect: 'read',
      input: { teamId: z.number().optional().describe('team') },
      example: {},
    });
    expect(listingFromRaw(optionalOnly, { teamId: 5 }, rawInputSchema(optionalOnly))).toEqual(
      listingOf(defineTool(optionalOnly, { teamId: 5 }, new Set())),
    );
    const list = byName('connections_list');
    expect(listingFromRaw(list, { teamId: 22 }, rawInputSchema(list))).toEqual(
      listingOf(defineTool(list, { teamId: 22 }, names)),
    );
    expect(listingFromRaw(list, { teamId: 22 }, rawInputSchema(list)).inputSchema).not.toHaveProperty('required');
  });
  it('leaves out what only validation needs, which still refuses, naming the field, and sends nothing', async () => {
    const things = endpoint({
      name: 'things_get',
      title: 'Get',
      description: 'd',
      route: 'GET /things/{thingId}',
      scope: null,
      effect: 'read',
      input: {
        thingId: z.number().int().positive().describe('From things_list.'),
        offset: z.number().int().min(0).max(10).optional().describe('Items to skip.'),
        code: z
          .string()
          .regex(/^[a-f]{4}$/)
          .optional()
          .describe('Four letters.'),
        label: z.string().min(1).optional().describe('Label.'),
        tags: z.array(z.string()).min(1).optional().describe('Tags.'),
        any: z.array(z.unknown()).optional().describe('Anything.'),
        nested: z
          .object({ deep: z.number().min(1).describe('Deep.') })
          .strict()
          .optional()
          .describe('Nested.'),
        open: z
          .object({ kept: z.string().describe('Kept.') })
          .passthrough()
          .optional()
          .describe('Open.'),
        data: z.record(z.unknown()).optional().describe('Any fields.'),
        counts: z.record(z.number()).optional().describe('Numbers by name.'),
        // properties named like the keywords left out are properties, not keywords
        pattern: z.string().optional().describe('A property called pattern.'),
        minimum: z.number().optional().describe('A property called minimum.'),
      },
      example: { thingId: 1 },
    });
    const tool = defineTool(things, {}, new Set());
    const listed = listingOf(tool).inputSchema as { properties: Record<string, object> };
    const text = JSON.stringify(listed);
    const leftOut = [/"additionalProperties":false/, /"(exclusiveMinimum|minimum|minLength|minItems)":\d/];
    leftOut.push(/"pattern":"/);
    for (const keyword of leftOut) expect(text).not.toMatch(keyword);
    expect(listed.properties.offset).toEqual({ type: 'integer', maximum: 10, description: 'Items to skip.' });
    expect(listed.properties.any).toEqual({ type: 'array', description: 'Anything.' });
    const kept = { kept: { type: 'string', description: 'Kept.' } };
    expect(listed.properties.open).toEqual({
      type: 'object',
      properties: kept,
      required: ['kept'],
      description: 'Open.',
    });
    expect(listed.properties.data).toEqual({ type: 'object', description: 'Any fields.' });
    const numbers = { type: 'object', additionalProperties: { type: 'number' }, description: 'Numbers by name.' };
    expect(listed.properties.counts).toEqual(numbers);
    expect(Object.keys(listed.properties)).toContain('pattern');
    expect(listed.properties.minimum).toEqual({ type: 'number', description: 'A property called minimum.' });
    expect(listingFromRaw(things, {}, rawInputSchema(things))).toEqual(listingOf(tool));

    // a request would fail: no Make listens there (and nothing may be sent)
    const client = new MakeClient({ baseUrl: 'http://127.0.0.1:9/api/v2', apiKey: 'k', retry: { maxAttempts: 1 } });
    const ctx = { client, readOnly: false, secret: 'k' };
    const refused = async (args: Record<string, unknown>, field: string) => {
      const answer = textOf(await callTool(tool, { thingId: 1, ...args }, ctx));
      expect(answer).toMatch(/^Invalid arguments for things_get, nothing was sent:/);
      expect(answer).toContain(`\n${field}: `);
    };
    await refused({ thingId: 0 }, 'thingId');
    await refused({ offset: -1 }, 'offset');
    await refused({ code: 'xyz1' }, 'code');
    await refused({ label: '' }, 'label');
    await refused({ tags: [] }, 'tags');
    await refused({ nested: { deep: 0 } }, 'nested.deep');
    await refused({ nested: { deep: 1, other: 1 } }, 'nested');
    await refused({ surprise: true }, '(arguments)');
  });
  it('inlines repeated parts instead of $ref', () => {
    const part = z.object({ a: z.string() });
    expect(JSON.stringify(inputJsonSchema(z.object({ x: part, y: part })))).not.toContain('$ref');
  });
});

describe('the list tool named in 404 messages', () => {
  it('is <resource>_list when the catalogue has it, never the tool itself', () => {
    expect(defineTool(byName('connections_get'), {}, names).listTool).toBe('connections_list');
    expect(defineTool(byName('connections_list'), {}, names).listTool).toBeUndefined();
    expect(defineTool(byName('connections_get'), {}, new Set(['connections_get'])).listTool).toBeUndefined();
  });
  it('resourceOf takes the part before the first underscore', () => {
    expect(resourceOf('connections_list-editable-parameters')).toBe('connections');
    expect(resourceOf('data-store-records_list')).toBe('data-store-records');
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

describe('redaction of the token', () => {
  const echo = endpoint({
    name: 'things_echo',
    title: 't',
    description: 'd',
    route: 'DELETE /things/{id}',
    scope: null,
    effect: 'destructive',
    input: { id: z.string().describe('id') },
    example: { id: 'x' },
  });
  const preview = async (secret: string, id: string) =>
    textOf(
      await callTool(
        defineTool(echo, {}, new Set()),
        { id },
        { client: new MakeClient({ baseUrl: 'http://127.0.0.1:9', apiKey: secret }), readOnly: false, secret },
      ),
    );

  it('replaces every occurrence, also of a token with characters JSON escapes', async () => {
    expect(await preview('abcd', 'abcd-abcd')).toBe(
      'Not executed: would DELETE /things/[redacted]-[redacted] (t). It acts on id [redacted]-[redacted]. This cannot be undone. Ask the user, then call again with confirm: true.',
    );
    expect(await preview('to"k\\en', 'to"k\\en')).toContain('/things/to%22k%5Cen');
    const quoted = defineTool(
      endpoint({
        name: 'things_echo',
        title: 'to"k\\en',
        description: 'd',
        route: 'DELETE /things/{id}',
        scope: null,
        effect: 'destructive',
        input: { id: z.string().describe('id') },
        example: { id: 'x' },
      }),
      {},
      new Set(),
    );
    const result = await callTool(
      quoted,
      { id: '1' },
      { client: new MakeClient({ baseUrl: 'http://127.0.0.1:9', apiKey: 'x' }), readOnly: false, secret: 'to"k\\en' },
    );
    expect(textOf(result)).toContain('([redacted])');
    expect(JSON.stringify(result)).not.toContain('to\\"k');
  });
  it('leaves results alone for a token shorter than 4 characters (it would match everywhere)', async () => {
    expect(await preview('abc', 'abc')).toContain('/things/abc (t)');
    expect(await preview('', 'x')).toContain('/things/x (t)');
  });
});
