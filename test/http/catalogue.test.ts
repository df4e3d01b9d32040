// The default listing: a small core set plus the catalogue tools, which reach every other tool through the same
// pipeline and gates as a listed tool.
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, MAX_TOOL_NAME_LENGTH } from '../../src/catalogue/tools.js';
import { READ_CALLER, SEARCH_TOOL, WRITE_CALLER } from '../../src/catalogue/names.js';
import { allEndpoints } from '../../src/pipeline/select.js';
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
    expect(h.logs.join('\n')).toContain(
      `${defaultTools.length + 3} tools listed, ${endpoints.length} reachable through ${SEARCH_TOOL}`,
    );
  });

  it("lists every tool with MAKE_TOOLSETS=all at most 590 bytes a tool, under Make's own 623", async () => {
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
    expect(tools.find((t) => t.name === READ_CALLER)?.annotations).toEqual({
      readOnlyHint: true,
      destructiveHint: false,
      openWorldHint: false,
    });
    expect(tools.find((t) => t.name === WRITE_CALLER)?.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
    });
  });
});

describe('search', () => {
  it('returns the best matches with name, whole description, the caller that runs it and the full input schema', async () => {
    const h = await harness();
    const result = await h.call(SEARCH_TOOL, { query: 'delete a webhook', limit: 3 });
    type Hit = {
      name: string;
      description: string;
      caller: string;
      inputSchema: { properties: Record<string, unknown> };
    };
    const { tools: hits, more } = result.structuredContent as { tools: Hit[]; more: string[] };
    expect(hits).toHaveLength(3);
    expect(JSON.parse(result.text)).toEqual(result.structuredContent);
    const hook = hits.find((hit) => hit.name === 'hooks_delete');
    expect(hook, JSON.stringify(hits.map((hit) => hit.name))).toBeDefined();
    expect(hook!.caller).toBe(WRITE_CALLER);
    expect(Object.keys(hook!.inputSchema.properties)).toEqual(expect.arrayContaining(['hookId', 'confirm']));
    // the next few by name only, none of them repeated
    expect(more).toHaveLength(5);
    expect(new Set([...hits.map((hit) => hit.name), ...more]).size).toBe(8);
    const reads = (await h.call(SEARCH_TOOL, { query: 'list webhooks', limit: 10 })).structuredContent as {
      tools: Hit[];
    };
    for (const hit of [...hits, ...reads.tools]) {
      expect(hit.caller, hit.name).toBe(
        endpoints.find((e) => e.name === hit.name)?.effect === 'read' ? READ_CALLER : WRITE_CALLER,
      );
    }
    expect(reads.tools.map((hit) => hit.caller)).toContain(READ_CALLER);
    // each tool's whole description, as listed: a cut at the first '. ' would end some at "e.g." and drop warnings
    const { toolsets } = await import('../../tools/index.js');
    const declared = new Map(
      Object.values(toolsets)
        .flat()
        .map((e) => [e.name, e.description]),
    );
    for (const hit of hits) expect(hit.description, hit.name).toBe(declared.get(hit.name));
    const eg = await h.call(SEARCH_TOOL, { query: 'update scenario blueprint', limit: 5 });
    const update = (eg.structuredContent as { tools: { name: string; description: string }[] }).tools.find(
      (t) => t.name === 'scenarios_update',
    );
    expect(update?.description).toBe(declared.get('scenarios_update')); // two sentences, whole
    expect(h.sim.requests).toHaveLength(0);
  });

  it("holds only what the configuration allows: no write tools when read-only, none outside the token's scopes", async () => {
    const readOnly = await harness({ config: { readOnly: true } });
    const names = (await readOnly.mcp.listTools()).tools.map((t) => t.name);
    expect(names).toContain(READ_CALLER);
    expect(names).not.toContain(WRITE_CALLER);
    const hits = (await readOnly.call(SEARCH_TOOL, { query: 'delete scenario', limit: 10 })).structuredContent as {
      tools: { name: string }[];
    };
    for (const hit of hits.tools) expect(endpoints.find((e) => e.name === hit.name)?.effect).toBe('read');

    const scoped = await harness({ config: { scopes: ['hooks:read'] } });
    const found = (await scoped.call(SEARCH_TOOL, { query: 'list scenarios', limit: 10 })).structuredContent as {
      tools: { name: string }[];
    };
    for (const hit of found.tools)
      expect(['hooks:read', null]).toContain(endpoints.find((e) => e.name === hit.name)?.scope);
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

  it("validates the named tool's arguments, naming the field, and sends nothing", async () => {
    const h = await harness();
    const result = await h.call(READ_CALLER, { tool: 'hooks_get', arguments: { hookId: 'abc' } });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('hookId: expected number');
    expect(h.sim.requests).toHaveLength(0);
  });

  it('runs only tools that change data through the write caller, pointing reads to the read caller', async () => {
    const h = await harness();
    const result = await h.call(WRITE_CALLER, { tool: 'hooks_get', arguments: { hookId: 601 } });
    expect(result.isError).toBe(true);
    expect(result.text).toBe(
      `Refused: hooks_get only reads, and ${WRITE_CALLER} runs only tools that change data. Use ${READ_CALLER}.`,
    );
    const post = await h.call(WRITE_CALLER, { tool: 'connections_verify', arguments: { connectionId: 101 } }); // a POST that reads
    expect(post.text).toContain(`Use ${READ_CALLER}`);
    expect(h.sim.requests).toHaveLength(0);
    const { tools } = await h.mcp.listTools();
    expect(tools.find((t) => t.name === SEARCH_TOOL)?.description).toContain(
      `Run reads with ${READ_CALLER}, changes with ${WRITE_CALLER}.`,
    );
  });

  it("reaches nothing outside the token's scopes, and says which scope to add", async () => {
    const h = await harness({ config: { scopes: ['hooks:read'] } });
    const result = await h.call(READ_CALLER, { tool: 'scenarios_list', arguments: { teamId: 22 } });
    expect(result.isError).toBe(true);
    expect(result.text).toBe(
      'scenarios_list needs the scope scenarios:read, which this token lacks, so it is switched off. Add "scenarios:read" ' +
        'to the token in Make (Profile → API access) and to MAKE_SCOPES, then restart this server.',
    );
    // the name Make's token list uses, where Make's documents spell a scope two ways or dispute it
    const variables = await h.call(READ_CALLER, {
      tool: 'organization-variables_list',
      arguments: { organizationId: 11 },
    });
    expect(variables.text).toContain('Add "organizations-variables:read" to the token');
    const audit = await h.call(READ_CALLER, {
      tool: 'audit-logs_list-organization',
      arguments: { organizationId: 11 },
    });
    expect(audit.text).toContain('needs the scope auditlogs:read, which this token lacks');
    expect(audit.text).toContain('Add "organizations:read" to the token');
    expect(h.sim.requests).toHaveLength(0);
  });

  it('points a direct call of a tool that is not listed to the one caller that runs it, sending nothing', async () => {
    const h = await harness();
    const write = await h.call('hooks_delete', { hookId: 601, confirm: true });
    expect(write.isError).toBe(true);
    expect(write.text).toBe(
      `hooks_delete is not listed here; run it with ${WRITE_CALLER} ({ tool: "hooks_delete", arguments }).`,
    );
    const read = await h.call('hooks_get', { hookId: 601 });
    expect(read.text).toBe(
      `hooks_get is not listed here; run it with ${READ_CALLER} ({ tool: "hooks_get", arguments }).`,
    );
    expect(h.sim.requests).toHaveLength(0);
  });

  it('answers a direct call of a name that is no tool with the closest names', async () => {
    const h = await harness();
    const result = await h.call('hook_list', {});
    expect(result.text).toMatch(
      new RegExp(`^No tool named "hook_list". Closest: hooks_list[^.]*. Find tools with ${SEARCH_TOOL}.$`),
    );
  });

  it('answers an unknown tool name with the closest names', async () => {
    const h = await harness();
    const result = await h.call(READ_CALLER, { tool: 'hook_list' });
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/Closest: hooks_list/);
  });
});

describe('bounded free text: nothing searched or compared in proportion to what a caller sends', () => {
  it.each([READ_CALLER, WRITE_CALLER])(
    "%s refuses a tool name longer than any tool's, with no closest-name search",
    async (caller) => {
      const h = await harness();
      const result = await h.call(caller, { tool: 'scenarios_list'.repeat(200_000) });
      expect(result.text).toBe(
        `Invalid arguments for ${caller}, nothing was sent:\ntool: String must contain at most ${MAX_TOOL_NAME_LENGTH} character(s)`,
      );
      expect(h.sim.requests).toHaveLength(0);
      expect(Math.max(...endpoints.map((e) => e.name.length))).toBeLessThanOrEqual(MAX_TOOL_NAME_LENGTH);
    },
  );

  it('refuses a query over 300 characters or 40 words, naming the field', async () => {
    const h = await harness();
    const long = await h.call(SEARCH_TOOL, { query: 'pause a scenario '.repeat(60_000) });
    expect(long.text).toBe(
      `Invalid arguments for ${SEARCH_TOOL}, nothing was sent:\nquery: String must contain at most ${MAX_QUERY_LENGTH} character(s)`,
    );
    const wordy = await h.call(SEARCH_TOOL, {
      query: Array.from({ length: MAX_QUERY_WORDS + 1 }, () => 'a').join(' '),
    });
    expect(wordy.text).toBe(
      `Invalid arguments for ${SEARCH_TOOL}, nothing was sent:\nquery: at most ${MAX_QUERY_WORDS} words`,
    );
    const most = await h.call(SEARCH_TOOL, { query: Array.from({ length: MAX_QUERY_WORDS }, () => 'run').join(' ') });
    expect(most.isError).toBeFalsy();
  });

  it('does not echo an over-long name of a direct call', async () => {
    const h = await harness();
    const result = await h.call('x'.repeat(100_000), {});
    expect(result.text).toBe(`Tool with a 100000-character name is not listed here; find tools with ${SEARCH_TOOL}.`);
  });
});

describe('read-only: the catalogue answers say so, and name no caller that does not exist', () => {
  it('says in its instructions that it is read-only, and why a write tool is switched off', async () => {
    const h = await harness({ config: { readOnly: true } });
    expect(h.mcp.getInstructions()).toContain('This server is read-only: tools that change data are switched off.');
    const switchedOff = 'hooks_delete changes data and this server is read-only, so it is switched off.';
    expect((await h.call('hooks_delete', { hookId: 601, confirm: true })).text).toBe(switchedOff);
    expect((await h.call(READ_CALLER, { tool: 'hooks_delete', arguments: { hookId: 601 } })).text).toBe(switchedOff);
    const read = await h.call('hooks_get', { hookId: 601 });
    expect(read.text).toBe(
      `hooks_get is not listed here; run it with ${READ_CALLER} ({ tool: "hooks_get", arguments }).`,
    );
    const search = (await h.mcp.listTools()).tools.find((t) => t.name === SEARCH_TOOL);
    expect(search?.description).not.toContain(WRITE_CALLER);
    expect(h.sim.requests).toHaveLength(0);
  });

  it('does not say read-only when it is not', async () => {
    const h = await harness();
    expect(h.mcp.getInstructions()).not.toContain('read-only');
  });
});

describe('"default" among the toolsets: chosen toolsets listed, the catalogue tools kept for the rest', () => {
  it('lists the core set, the named toolset and the catalogue tools, and reaches the rest through them', async () => {
    const h = await harness({ config: { toolsets: ['default', 'hooks'] } });
    const names = (await h.mcp.listTools()).tools.map((t) => t.name);
    const hooks = toolsets.hooks.map((e) => e.name);
    expect(names.sort()).toEqual(
      [...new Set([...defaultTools, ...hooks, SEARCH_TOOL, READ_CALLER, WRITE_CALLER])].sort(),
    );
    expect((await h.call('hooks_delete', { hookId: 601, confirm: true })).isError).toBeFalsy(); // listed: by name
    const found = (await h.call(SEARCH_TOOL, { query: 'delete a data store' })).structuredContent as {
      tools: { name: string }[];
    };
    expect(found.tools.map((t) => t.name)).toContain('data-stores_delete');
    expect(h.logs.join('\n')).toContain(`reachable through ${SEARCH_TOOL}`);
  });

  it('without it, a tool of another toolset is answered with the setting that adds it', async () => {
    const h = await harness({ config: { toolsets: ['hooks'] } });
    const names = (await h.mcp.listTools()).tools.map((t) => t.name);
    expect(names).not.toContain(SEARCH_TOOL);
    expect((await h.call('scenarios_list', { teamId: 22 })).text).toBe(
      'scenarios_list is not listed here: add its toolset scenarios to MAKE_TOOLSETS, or the tool to MAKE_TOOLS.',
    );
    expect((await h.call('hook_list', {})).text).toBe(
      'No tool named "hook_list". Closest: hooks_list. See tools/list.',
    );
    expect(h.sim.requests).toHaveLength(0);
  });
});
