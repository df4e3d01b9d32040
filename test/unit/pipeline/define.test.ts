// Everything derived from a declaration: annotations, the confirm argument, configured defaults and the list
// tool named in 404s, on hand-made declarations and over the whole catalogue.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint } from '../../../src/endpoint.js';
import { defineTool } from '../../../src/pipeline/define.js';
import { allEndpoints } from '../../../src/pipeline/select.js';
import connections from '../../../tools/connections.js';
import { toolsets } from '../../../tools/index.js';

const byName = (name: string) => connections.find((e) => e.name === name)!;
const names = new Set(connections.map((e) => e.name));

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

describe('the list tool named in 404 messages', () => {
  it('is <resource>_list when the catalogue has it, never the tool itself', () => {
    expect(defineTool(byName('connections_get'), {}, names).listTool).toBe('connections_list');
    expect(defineTool(byName('connections_list'), {}, names).listTool).toBeUndefined();
    expect(defineTool(byName('connections_get'), {}, new Set(['connections_get'])).listTool).toBeUndefined();
  });
});

describe('derived tool definition', () => {
  const endpoints = allEndpoints(toolsets);
  const catalogue = new Set(endpoints.map((e) => e.name));
  const defined = (name: string) =>
    defineTool(
      endpoints.find((e) => e.name === name)!,
      {},
      catalogue,
    );

  it('sets all four annotations explicitly from effect, method and openWorld', () => {
    expect(defined('connections_list').annotations).toEqual({
      title: 'List connections',
      readOnlyHint: true,
      destructiveHint: false,
      idempotentHint: true,
      openWorldHint: false,
    });
    expect(defined('connections_delete').annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: true,
      openWorldHint: false,
    });
    // a POST that only reads: a read, and as safe to repeat as one
    expect(defined('connections_verify').annotations).toMatchObject({
      readOnlyHint: true,
      destructiveHint: false,
      idempotentHint: true,
      openWorldHint: true,
    });
    expect(defined('connections_update').annotations).toMatchObject({ idempotentHint: false });
  });

  it("makes every run or replay of a scenario's effects destructive (confirm first): they cannot be undone", () => {
    for (const name of [
      'scenarios_run',
      'scenarios_replay',
      'incomplete-executions_retry',
      'incomplete-executions_retry-multiple',
    ]) {
      expect(defined(name).annotations, name).toMatchObject({ destructiveHint: true, readOnlyHint: false });
      expect('confirm' in defined(name).shape, name).toBe(true);
    }
  });

  it('adds confirm only to destructive tools', () => {
    for (const e of endpoints)
      expect('confirm' in defineTool(e, {}, catalogue).shape, e.name).toBe(e.effect === 'destructive');
  });

  it('makes teamId optional when a default team is configured, and says so', () => {
    const plain = defineTool(
      endpoints.find((e) => e.name === 'connections_list')!,
      {},
      catalogue,
    );
    const withTeam = defineTool(
      endpoints.find((e) => e.name === 'connections_list')!,
      { teamId: 22 },
      catalogue,
    );
    expect(plain.schema.safeParse({}).success).toBe(false);
    expect(withTeam.schema.safeParse({}).success).toBe(true);
    expect(withTeam.shape.teamId.description).toContain('Defaults to 22');
  });

  it('names the list tool for 404 hints, but not on the list tool itself', () => {
    expect(defined('connections_get').listTool).toBe('connections_list');
    expect(defined('connections_list').listTool).toBeUndefined();
  });
});
