// Which tools are listed and which the catalogue reaches: whole toolsets plus single tools, scopes, and read-only,
// which overrides every other setting (whole toolsets, single tools, "all", the default listing and its catalogue).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint, type Endpoint } from '../../../src/endpoint.js';
import { resourceOf, selectEndpoints } from '../../../src/pipeline/select.js';
import connections from '../../../tools/connections.js';

const toolsets = { connections };
// the declared effect decides, not the method: verify and check-scopes are POSTs that only read
const READS = [
  'connections_list',
  'connections_get',
  'connections_list-editable-parameters',
  'connections_verify',
  'connections_check-scopes',
];
const ALL = connections.map((e) => e.name);
const everyScope = () => true;
const names = (list: { name: string }[]) => list.map((e) => e.name);

describe('read-only selection', () => {
  it.each([
    ['the toolset', { toolsets: ['connections'], tools: [] }],
    ['"all"', { toolsets: 'all' as const, tools: [] }],
    ['single tools', { toolsets: [], tools: ALL }],
  ])('%s: only the read tools, in the listing and the catalogue', (_, config) => {
    const { selected, catalogue, hiddenByScope } = selectEndpoints({
      toolsets,
      config: { ...config, readOnly: true },
      allows: everyScope,
    });
    expect(names(selected)).toEqual(READS);
    expect(names(catalogue)).toEqual(READS);
    expect(hiddenByScope).toEqual([]);
  });

  it('the default listing: the default tools that read, and a catalogue of reads only', () => {
    const { selected, catalogue } = selectEndpoints({
      toolsets,
      config: { toolsets: 'default', tools: [], readOnly: true },
      allows: everyScope,
      defaultTools: ['connections_list', 'connections_delete'],
    });
    expect(names(selected)).toEqual(['connections_list']);
    expect(names(catalogue)).toEqual(READS);
  });

  it('without read-only the default listing keeps its tools and the catalogue holds everything', () => {
    const { selected, catalogue } = selectEndpoints({
      toolsets,
      config: { toolsets: 'default', tools: ['connections_get'], readOnly: false },
      allows: everyScope,
      defaultTools: ['connections_list', 'connections_delete'],
    });
    expect(names(selected)).toEqual(['connections_list', 'connections_get', 'connections_delete']);
    expect(names(catalogue)).toEqual(ALL);
  });

  it('scopes narrow the catalogue as they narrow the listing', () => {
    const readOnlyToken = (scope: string | null) => scope === 'connections:read';
    const listed = selectEndpoints({
      toolsets,
      config: { toolsets: 'default', tools: [], readOnly: false },
      allows: readOnlyToken,
      defaultTools: ['connections_list', 'connections_delete'],
    });
    expect(names(listed.selected)).toEqual(['connections_list']);
    expect(names(listed.hiddenByScope)).toEqual(['connections_delete']);
    expect(names(listed.catalogue)).toEqual(READS.slice(0, 3));
    const explicit = selectEndpoints({
      toolsets,
      config: { toolsets: ['connections'], tools: [], readOnly: false },
      allows: readOnlyToken,
    });
    expect(explicit.catalogue).toEqual(explicit.selected);
  });

  it('read-only: write tools are not counted as hidden by scope (they are not wanted at all); reads needing another scope are', () => {
    const readOnlyToken = (scope: string | null) => scope === 'connections:read';
    const { selected, hiddenByScope } = selectEndpoints({
      toolsets,
      config: { toolsets: ['connections'], tools: [], readOnly: true },
      allows: readOnlyToken,
    });
    expect(names(selected)).toEqual(READS.slice(0, 3));
    expect(names(hiddenByScope)).toEqual(['connections_verify', 'connections_check-scopes']); // Make asks connections:write
  });

  it('outside the default listing the catalogue is exactly what is listed, not every toolset', () => {
    const more = { ...toolsets, more: [{ ...connections[0], name: 'more_list' }] };
    const { selected, catalogue } = selectEndpoints({
      toolsets: more,
      config: { toolsets: ['connections'], tools: [], readOnly: false },
      allows: everyScope,
    });
    expect(names(catalogue)).toEqual(ALL);
    expect(catalogue).toEqual(selected);
  });

  it('a named toolset lists nothing from other toolsets without naming their tools', () => {
    const other = { ...toolsets, more: [{ ...connections[0], name: 'more_list' }] };
    expect(
      names(
        selectEndpoints({
          toolsets: other,
          config: { toolsets: ['more'], tools: ['connections_get'], readOnly: false },
          allows: everyScope,
        }).selected,
      ),
    ).toEqual(['connections_get', 'more_list']);
  });
});

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

// hand-made toolsets: two resources, each tool with its own scope
const handMade = {
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
      toolsets: handMade,
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

describe('resourceOf', () => {
  it('takes the part before the first underscore', () => {
    expect(resourceOf('connections_list-editable-parameters')).toBe('connections');
    expect(resourceOf('data-store-records_list')).toBe('data-store-records');
  });
});
