// The tool as listed: name, title, description, annotations and the input as JSON Schema, whether built from zod
// or from the build's cached raw schema — and what the listing leaves to validation.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint } from '../../../src/endpoint.js';
import { MakeClient } from '../../../src/http/client.js';
import { callTool } from '../../../src/pipeline/call.js';
import { defineTool } from '../../../src/pipeline/define.js';
import { inputJsonSchema, listingFromRaw, listingOf, rawInputSchema } from '../../../src/pipeline/listing.js';
import connections from '../../../tools/connections.js';
import { allEndpoints } from '../../../src/pipeline/select.js';
import { toolsets } from '../../../tools/index.js';

const byName = (name: string) => connections.find((e) => e.name === name)!;
const names = new Set(connections.map((e) => e.name));
const textOf = (r: { content: unknown[] }) => (r.content[0] as { text: string }).text;

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

  it("is ASCII for every tool, and so are the toolsets' descriptions", () => {
    // One character beyond ASCII makes V8 hold a whole tools/list answer as two-byte text, on the server and in every
    // client that parses it: a start listing every tool measured ~2% slower for 43 such characters.
    const all = allEndpoints(toolsets);
    const nonAscii = /[^ -~\n\t]/; // anything but printable ASCII, newline and tab
    for (const e of all) {
      const listed = JSON.stringify(listingOf(defineTool(e, { teamId: 1, organizationId: 2 }, names)));
      expect(listed.match(nonAscii)?.[0], e.name).toBeUndefined();
    }
  });
});
