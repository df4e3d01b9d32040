// The default listing: a small core set plus the catalogue tools, which reach every other tool through the same
// pipeline and gates as a listed tool.
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, MAX_TOOL_NAME_LENGTH, READ_CALLER, SEARCH_TOOL, WRITE_CALLER } from '../../src/catalog.js';
import { allEndpoints } from '../../src/registry.js';
import { defaultTools, toolsets } from '../../tools/index.js';
import { startHarness, type Harness, type HarnessOptions } from '../helpers/harness.js';

const harnesses: Harness[] = [];
async function harness(options: HarnessOptions = {}): Promise<Harness> {
  const h = await startHarness({ ...options, config: { toolsets: 'default', ...options.config } });
  harnesses.push(h);
  h.sim.requests.length = 0; // the scope lookup at start
  return h;
}
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.close()));
});

const endpoints = allEndpoints(toolsets);

describe('default listing', () => {
  it('lists the core tools and the three catalogue tools, within 12 KB', async () => {
    const h = await harness();
    const { tools } = await h.mcp.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...defaultTools, SEARCH_TOOL, READ_CALLER, WRITE_CALLER].sort());
    expect(Buffer.byteLength(JSON.stringify(tools))).toBeLessThanOrEqual(12 * 1024);
    expect(h.logs.join('\n')).toContain(`${defaultTools.length + 3} tools listed, ${endpoints.length} reachable through ${SEARCH_TOOL}`);
  });

  it('lists every tool with MAKE_TOOLSETS=all at most 590 bytes a tool, under Make\'s own 623', async () => {
    const h = await harness({ config: { toolsets: 'all' } });
    const { tools } = await h.mcp.listTools();
    expect(tools).toHaveLength(endpoints.length);
    expect(Buffer.byteLength(JSON.stringify(tools)) / tools.length).toBeLessThanOrEqual(590);
    const hints = expect.arrayContaining(['readOnlyHint', 'destructiveHint', 'openWorldHint']);
    for (const { name, annotations } of tools) expect(Object.keys(annotations ?? {}), name).toEqual(hints);
  });

  it('names only tools that exist in the catalogue', () => {
    for (const name of defaultTools) expect(endpoints.map((e) => e.name)).toContain(name);
  });

  it('annotates the read caller read-only and the write caller destructive', async () => {
    const h = await harness();
    const { tools } = await h.mcp.listTools();
    expect(tools.find((t) => t.name === READ_CALLER)?.annotations).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: false });
    expect(tools.find((t) => t.name === WRITE_CALLER)?.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
  });
});

describe('search', () => {
  it('returns the best matches with name, whole description, annotations and the full input schema', async () => {
    const h = await harness();
    const result = await h.call(SEARCH_TOOL, { query: 'delete a webhook', limit: 3 });
    const hits = (result.structuredContent as { tools: { name: string; description: string; inputSchema: { properties: Record<string, unknown> } }[] }).tools;
    expect(hits).toHaveLength(3);
    const hook = hits.find((hit) => hit.name === 'hooks_delete');
    expect(hook, JSON.stringify(hits.map((hit) => hit.name))).toBeDefined();
    expect(Object.keys(hook!.inputSchema.properties)).toEqual(expect.arrayContaining(['hookId', 'confirm']));
    // each tool's whole description, as listed: a cut at the first '. ' would end some at "e.g." and drop warnings
    const { toolsets } = await import('../../tools/index.js');
    const declared = new Map(Object.values(toolsets).flat().map((e) => [e.name, e.description]));
    for (const hit of hits) expect(hit.description, hit.name).toBe(declared.get(hit.name));
    const eg = await h.call(SEARCH_TOOL, { query: 'update scenario blueprint', limit: 5 });
    const update = (eg.structuredContent as { tools: { name: string; description: string }[] }).tools.find((t) => t.name === 'scenarios_update');
    expect(update?.description).toBe(declared.get('scenarios_update')); // two sentences, whole
    expect(h.sim.requests).toHaveLength(0);
  });

  it('holds only what the configuration allows: no write tools when read-only, none outside the token\'s scopes', async () => {
    const readOnly = await harness({ config: { readOnly: true } });
    const names = (await readOnly.mcp.listTools()).tools.map((t) => t.name);
    expect(names).toContain(READ_CALLER);
    expect(names).not.toContain(WRITE_CALLER);
    const hits = (await readOnly.call(SEARCH_TOOL, { query: 'delete scenario', limit: 10 })).structuredContent as { tools: { name: string }[] };
    for (const hit of hits.tools) expect(endpoints.find((e) => e.name === hit.name)?.effect).toBe('read');

    const scoped = await harness({ config: { scopes: ['hooks:read'] } });
    const found = (await scoped.call(SEARCH_TOOL, { query: 'list scenarios', limit: 10 })).structuredContent as { tools: { name: string }[] };
    for (const hit of found.tools) expect(['hooks:read', null]).toContain(endpoints.find((e) => e.name === hit.name)?.scope);
  });

  it('rejects a missing query naming the field', async () => {
    const h = await harness();
    const result = await h.call(SEARCH_TOOL, {});
    expect(result.isError).toBe(true);
    expect(result.text).toContain('query: required');
  });
});

describe('callers run the named tool through the same pipeline', () => {
  it('runs a read tool through the read caller, sending exactly its request', async () => {
    const h = await harness();
    const result = await h.call(READ_CALLER, { tool: 'hooks_get', arguments: { hookId: 601 } });
    expect(result.isError, result.text).toBeFalsy();
    expect(h.sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v2/hooks/601']);
  });

  it('refuses a write tool through the read caller, and sends nothing', async () => {
    const h = await harness();
    const result = await h.call(READ_CALLER, { tool: 'hooks_disable', arguments: { hookId: 601 } });
    expect(result.isError).toBe(true);
    expect(result.text).toContain(`Use ${WRITE_CALLER}`);
    expect(h.sim.requests).toHaveLength(0);
  });

  it('holds a destructive tool at the confirm gate through the write caller, then runs it with confirm', async () => {
    const h = await harness();
    const held = await h.call(WRITE_CALLER, { tool: 'hooks_delete', arguments: { hookId: 601 } });
    expect(held.isError).toBe(true);
    expect(held.text).toMatch(/^Not executed: would DELETE \/hooks\/601/);
    expect(h.sim.requests).toHaveLength(0);
    const done = await h.call(WRITE_CALLER, { tool: 'hooks_delete', arguments: { hookId: 601, confirm: true } });
    expect(done.isError, done.text).toBeFalsy();
    expect(h.sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['DELETE /api/v2/hooks/601']);
  });

  it('validates the named tool\'s arguments, naming the field, and sends nothing', async () => {
    const h = await harness();
    const result = await h.call(READ_CALLER, { tool: 'hooks_get', arguments: { hookId: 'abc' } });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('hookId: expected number');
    expect(h.sim.requests).toHaveLength(0);
  });

  it('reaches nothing outside the token\'s scopes', async () => {
    const h = await harness({ config: { scopes: ['hooks:read'] } });
    const result = await h.call(READ_CALLER, { tool: 'scenarios_list', arguments: { teamId: 22 } });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('No tool named "scenarios_list"');
    expect(h.sim.requests).toHaveLength(0);
  });

  it('points a direct call of a tool that is not listed to search and the callers, sending nothing', async () => {
    const h = await harness();
    const result = await h.call('hooks_delete', { hookId: 601, confirm: true });
    expect(result.isError).toBe(true);
    expect(result.text).toBe(`Tool "hooks_delete" is not listed here; find it with ${SEARCH_TOOL} and run it with ${READ_CALLER} or ${WRITE_CALLER}.`);
    expect(h.sim.requests).toHaveLength(0);
  });

  it('answers an unknown tool name with the closest names', async () => {
    const h = await harness();
    const result = await h.call(READ_CALLER, { tool: 'hook_list' });
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/Closest: hooks_list/);
  });
});

describe('bounded free text: nothing searched or compared in proportion to what a caller sends', () => {
  it.each([READ_CALLER, WRITE_CALLER])('%s refuses a tool name longer than any tool\'s, with no closest-name search', async (caller) => {
    const h = await harness();
    const result = await h.call(caller, { tool: 'scenarios_list'.repeat(200_000) });
    expect(result.text).toBe(`Invalid arguments for ${caller}, nothing was sent:\ntool: String must contain at most ${MAX_TOOL_NAME_LENGTH} character(s)`);
    expect(h.sim.requests).toHaveLength(0);
    expect(Math.max(...endpoints.map((e) => e.name.length))).toBeLessThanOrEqual(MAX_TOOL_NAME_LENGTH);
  });

  it('refuses a query over 300 characters or 40 words, naming the field', async () => {
    const h = await harness();
    const long = await h.call(SEARCH_TOOL, { query: 'pause a scenario '.repeat(60_000) });
    expect(long.text).toBe(`Invalid arguments for ${SEARCH_TOOL}, nothing was sent:\nquery: String must contain at most ${MAX_QUERY_LENGTH} character(s)`);
    const wordy = await h.call(SEARCH_TOOL, { query: Array.from({ length: MAX_QUERY_WORDS + 1 }, () => 'a').join(' ') });
    expect(wordy.text).toBe(`Invalid arguments for ${SEARCH_TOOL}, nothing was sent:\nquery: at most ${MAX_QUERY_WORDS} words`);
    const most = await h.call(SEARCH_TOOL, { query: Array.from({ length: MAX_QUERY_WORDS }, () => 'run').join(' ') });
    expect(most.isError).toBeFalsy();
  });

  it('does not echo an over-long name of a direct call', async () => {
    const h = await harness();
    const result = await h.call('x'.repeat(100_000), {});
    expect(result.text).toBe(`Tool with a 100000-character name is not listed here; find it with ${SEARCH_TOOL} and run it with ${READ_CALLER} or ${WRITE_CALLER}.`);
  });
});
