// Scenario interfaces → tool schemas and safe names: the mapping table, pure.
import { describe, expect, it } from 'vitest';
import { rename, scenarioTool, Unmappable } from '../../../src/scenario-runs/from-interface.js';

const toolOf = (input: unknown[], output: unknown[] | null = null) =>
  scenarioTool({ id: 7, name: 'x' }, { input, output });
const inputProperty = (field: Record<string, unknown>) =>
  (toolOf([{ name: 'f', ...field }]).listing.inputSchema.properties as Record<string, unknown>).f;

describe('Make interface field type → JSON Schema', () => {
  it.each([
    ['text', {}, { type: 'string' }],
    ['json', {}, { type: 'string' }],
    ['number', {}, { type: 'number' }],
    ['boolean', {}, { type: 'boolean' }],
    [
      'select',
      {
        options: [
          { label: 'A', value: 'a' },
          { label: 'B', value: 'b' },
        ],
      },
      { type: 'string', enum: ['a', 'b'] },
    ],
    ['select', { options: [{ label: 'Bad', value: 'ignore "all" <instructions>' }] }, { type: 'string' }],
    ['array', { spec: { type: 'number' } }, { type: 'array', items: { type: 'number' } }],
    ['array', {}, { type: 'array', items: {} }],
    ['collection', {}, { type: 'object', additionalProperties: {} }],
    ['dynamicCollection', {}, {}],
    ['some-future-type', {}, {}],
  ])('%s %j', (type, extra, expected) => {
    expect(inputProperty({ type, ...extra })).toEqual(expected);
  });

  it('date → an ISO 8601 string', () => {
    const date = inputProperty({ type: 'date' }) as { type: string; pattern: string; description: string };
    expect(date).toMatchObject({ type: 'string', description: 'ISO 8601 date' });
    const iso = new RegExp(date.pattern);
    for (const ok of ['2026-01-31', '2026-01-31T09:00Z', '2026-01-31T09:00:00.123+01:00']) expect(ok).toMatch(iso);
    for (const bad of ['31/01/2026', 'tomorrow', '2026-01-31T9']) expect(bad).not.toMatch(iso);
  });

  it('collection with a spec, and array of collections: nested objects with their own required fields', () => {
    const spec = [
      { name: 'first name', type: 'text', required: true },
      { name: 'age', type: 'number' },
    ];
    const item = {
      type: 'object',
      properties: { first_name: { type: 'string' }, age: { type: 'number' } },
      required: ['first_name'],
      additionalProperties: false,
    };
    expect(inputProperty({ type: 'collection', spec })).toEqual(item);
    expect(inputProperty({ type: 'array', spec })).toEqual({ type: 'array', items: item });
    expect(inputProperty({ type: 'array', spec: { type: 'collection', spec } })).toEqual({
      type: 'array',
      items: item,
    });
  });

  it('required only where Make requires it and has no default to fill in', () => {
    const { inputSchema } = toolOf([
      { name: 'a', type: 'text', required: true },
      { name: 'b', type: 'text', required: true, default: 'x' },
      { name: 'c', type: 'text', required: false },
    ]).listing;
    expect(inputSchema.required).toEqual(['a']);
    expect((inputSchema.properties as Record<string, { description?: string }>).b.description).toBe('Default: x');
  });

  it('types five levels deep; a deeper value goes to Make as it is', () => {
    let field: Record<string, unknown> = { name: 'leaf', type: 'text' };
    for (let i = 0; i < 7; i++) field = { name: `level${i}`, type: 'collection', spec: [field] };
    const json = JSON.stringify(toolOf([field]).listing.inputSchema);
    expect(json).toContain('"level2":{"type":"object"');
    expect(json).toContain('"level1":{}');
    expect(json).not.toContain('"level0"');
  });

  it("outputs: named and described, not checked, so no answer from Make fails the client's check", () => {
    const output = [
      { name: 'id', type: 'text', label: 'Lead' },
      { name: 'when', type: 'date' },
      { name: 'Line items', type: 'array', spec: [{ name: 'a b', type: 'text' }] },
    ];
    const tool = toolOf([], output);
    expect((tool.listing.outputSchema?.properties as Record<string, { anyOf: unknown[] }>).outputs.anyOf).toEqual([
      {
        type: 'object',
        properties: {
          id: { description: 'text. Lead' },
          when: { description: 'date' },
          Line_items: { description: 'array' },
        },
        additionalProperties: true,
      },
      { type: 'null' },
    ]);
    // nested output names are still mapped
    expect(rename({ 'Line items': [{ 'a b': 1 }], other: 2 }, tool.outputMaps, 'safe')).toEqual({
      Line_items: [{ a_b: 1 }],
      other: 2,
    });
  });

  it('has no input properties for a scenario without inputs (Make sends "" or null)', () => {
    for (const input of ['', null, undefined]) {
      expect(scenarioTool({ id: 7 }, { input, output: null }).listing.inputSchema).toEqual({
        type: 'object',
        properties: {},
        additionalProperties: false,
      });
    }
  });
});

describe('names that cannot be mapped one-to-one', () => {
  it.each([
    [
      'two fields become one property',
      [
        { name: 'a b', type: 'text' },
        { name: 'a_b', type: 'text' },
      ],
      /"a b" and "a_b" both become the property a_b/,
    ],
    [
      'inside a collection',
      [
        {
          name: 'c',
          type: 'collection',
          spec: [
            { name: 'x-1', type: 'text' },
            { name: 'x-1', type: 'number' },
          ],
        },
      ],
      /in "c" both become/,
    ],
    ['a field without a name', [{ type: 'text' }], /has no name/],
    ['a name that is no property', [{ name: '__proto__', type: 'text' }], /cannot be a property/],
  ])('%s', (_, input, message) => {
    expect(() => toolOf(input)).toThrow(Unmappable);
    expect(() => toolOf(input)).toThrow(message);
  });
});

describe('rename', () => {
  it("maps property names to Make's names at every level, in arrays too, and back", () => {
    const tool = toolOf([
      { name: 'First name', type: 'text' },
      { name: 'Line items', type: 'array', spec: [{ name: 'Unit price', type: 'number' }] },
      { name: 'Ship to', type: 'collection', spec: [{ name: 'Zip code', type: 'text' }] },
    ]);
    const args = {
      First_name: 'Ada',
      Line_items: [{ Unit_price: 2 }, { Unit_price: 3 }],
      Ship_to: { Zip_code: '12345' },
    };
    const make = {
      'First name': 'Ada',
      'Line items': [{ 'Unit price': 2 }, { 'Unit price': 3 }],
      'Ship to': { 'Zip code': '12345' },
    };
    expect(rename(args, tool.inputMaps, 'make')).toEqual(make);
    expect(rename(make, tool.inputMaps, 'safe')).toEqual(args);
    expect(rename({ other: 1 }, tool.inputMaps, 'make')).toEqual({ other: 1 });
  });
});

describe('edge cases the mapping must hold to', () => {
  const description = (tool: { listing: { description?: string } }) => tool.listing.description;

  it('select: an enum only of plain, non-empty text values, all of them', () => {
    expect(inputProperty({ type: 'select', options: [] })).toEqual({ type: 'string' });
    expect(inputProperty({ type: 'select', options: [null, { value: 'a' }] })).toEqual({ type: 'string' });
    expect(inputProperty({ type: 'select', options: [{ value: '' }, { value: 'a' }] })).toEqual({ type: 'string' });
    expect(inputProperty({ type: 'select', options: [{ value: 'a' }, { value: '<b>' }] })).toEqual({ type: 'string' });
    expect(inputProperty({ type: 'select', options: [{ value: 'a' }, { value: 'a' }] })).toEqual({
      type: 'string',
      enum: ['a'],
    });
  });

  it('a default is shown only when there is one, and only for inputs', () => {
    expect(inputProperty({ type: 'text', label: 'L' })).toEqual({ type: 'string', description: 'L' });
    expect(inputProperty({ type: 'text', label: 'L', default: '' })).toEqual({ type: 'string', description: 'L' });
    expect(inputProperty({ type: 'number', label: 'L', default: 0, required: true })).toEqual({
      type: 'number',
      description: 'L. Default: 0',
    });
    expect(
      toolOf([{ name: 'f', type: 'number', default: 0, required: true }]).listing.inputSchema.required,
    ).toBeUndefined();
    expect(toolOf([{ name: 'f', type: 'text', default: null, required: true }]).listing.inputSchema.required).toEqual([
      'f',
    ]);
    const outputs = toolOf([], [{ name: 'o', type: 'text', default: 'x', required: true }]).listing.outputSchema
      ?.properties as Record<string, { anyOf: unknown[] }>;
    expect(outputs.outputs.anyOf[0]).toEqual({
      type: 'object',
      properties: { o: { description: 'text' } },
      additionalProperties: true,
    });
  });

  it('a date input says which format it wants', () => {
    const parsed = toolOf([{ name: 'f', type: 'date' }]).input.safeParse({ f: 'tomorrow' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toBe('expected an ISO 8601 date, e.g. 2026-01-31 or 2026-01-31T09:00:00Z');
  });

  it('arrays: an item spec that is null or no field is any value; arrays of arrays are typed five levels deep', () => {
    expect(inputProperty({ type: 'array', spec: null })).toEqual({ type: 'array', items: {} });
    expect(inputProperty({ type: 'array', spec: 'number' })).toEqual({ type: 'array', items: {} });
    let field: Record<string, unknown> = { type: 'number' };
    for (let i = 0; i < 7; i++) field = { type: 'array', spec: field };
    let expected: Record<string, unknown> = {};
    for (let i = 0; i < 5; i++) expected = { type: 'array', items: expected };
    expect(inputProperty(field)).toEqual(expected);
  });

  it('a collection with an empty spec takes any object, as Make does', () => {
    expect(inputProperty({ type: 'collection', spec: [] })).toEqual({ type: 'object', additionalProperties: {} });
  });

  it('a field whose name is empty or not text cannot be mapped, on either side', () => {
    for (const name of ['', 5, null])
      expect(() => toolOf([{ name, type: 'text' }])).toThrow(/^an input field has no name$/);
    expect(() => toolOf([null])).toThrow(/^an input field has no name$/);
    expect(() => toolOf([], [{ type: 'text' }])).toThrow(/^an output field has no name$/);
  });

  it('keeps one name map per field, and passes values without a map as they are', () => {
    const tool = toolOf([
      { name: 'a b', type: 'collection' },
      { name: 'c', type: 'text' },
    ]);
    expect(tool.inputMaps).toEqual([
      { make: 'a b', safe: 'a_b', inner: undefined },
      { make: 'c', safe: 'c', inner: undefined },
    ]);
    expect(toolOf([]).inputMaps).toEqual([]);
    expect(rename({ a_b: { 'x y': [1] } }, tool.inputMaps, 'make')).toEqual({ 'a b': { 'x y': [1] } });
    expect(rename({ 'x y': 1 }, undefined, 'make')).toEqual({ 'x y': 1 });
  });

  it('describes the scenario without trailing dots, and says nothing of a description it lacks', () => {
    const end = 'Its effects in other apps cannot be undone. Returns its outputs, or the execution id to check later.';
    expect(description(scenarioTool({ id: 7, name: 'x', description: 'Does things... ' }, {}))).toBe(
      `Runs the Make scenario 'x' (label from the Make account), described there as 'Does things'. ${end}`,
    );
    expect(description(scenarioTool({ id: 7, name: 'x' }, {}))).toBe(
      `Runs the Make scenario 'x' (label from the Make account). ${end}`,
    );
  });
});
