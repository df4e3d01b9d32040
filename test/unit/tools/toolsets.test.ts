// Lint by test over the whole catalogue: every declaration is checked the same way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { methodOf, placeholdersOf } from '../../../src/endpoint.js';
import { READ_CALLER, SEARCH_TOOL, WRITE_CALLER } from '../../../src/catalogue/names.js';
import { allEndpoints, resourceOf } from '../../../src/pipeline/select.js';
import { defineTool } from '../../../src/pipeline/define.js';
import { SCENARIO_TOOL_PREFIX } from '../../../src/scenario-runs/from-interface.js';
import { toolsets } from '../../../tools/index.js';

const endpoints = allEndpoints(toolsets);
const names = new Set(endpoints.map((e) => e.name));

/** POSTs that change nothing in Make (a check, a search, a count): reads, allowed in read-only mode. */
const POST_READS = [
  'connections_verify',
  'connections_check-scopes',
  'functions_check',
  'scenario-consumptions_list-by-module',
  'executions_search',
  'executions_search-io-data',
  'executions_count-io-data',
  'executions_count-module-io-data',
  'ai-error-analysis_analyze',
];

describe('catalogue', () => {
  it('has unique names of [a-z0-9_-], at most 48 characters', () => {
    expect(names.size).toBe(endpoints.length);
    for (const e of endpoints) expect(e.name, e.name).toMatch(/^[a-z0-9-]+_[a-z0-9_-]+$/);
    for (const e of endpoints) expect(e.name.length, e.name).toBeLessThanOrEqual(48);
  });

  it("keeps every name within 64 characters behind a client's prefix (Claude Code calls them mcp__make__<name>)", () => {
    // a scenario tool's id is at most 2^53, 16 digits: the largest id a JSON number carries exactly
    const listable = [
      ...names,
      SEARCH_TOOL,
      READ_CALLER,
      WRITE_CALLER,
      `${SCENARIO_TOOL_PREFIX}${Number.MAX_SAFE_INTEGER}`,
    ];
    for (const name of listable) expect(`mcp__make__${name}`.length, name).toBeLessThanOrEqual(64);
  });

  it('names each tool after its toolset, and each toolset after its file', () => {
    for (const [toolset, list] of Object.entries(toolsets)) {
      expect(readFileSync(new URL(`../../../tools/${toolset}.ts`, import.meta.url), 'utf8')).toContain('endpoint(');
      for (const e of list) expect(resourceOf(e.name), e.name).toBe(toolset);
    }
    const index = readFileSync(new URL('../../../tools/index.ts', import.meta.url), 'utf8');
    for (const toolset of Object.keys(toolsets)) expect(index).toContain(`from './${toolset}.js'`);
  });

  it("declares every {placeholder} as an input, and a route that looks like Make's", () => {
    for (const e of endpoints) {
      expect(e.route, e.name).toMatch(/^(GET|POST|PUT|PATCH|DELETE) \/[a-z0-9{}/_-]+$/i);
      for (const placeholder of placeholdersOf(e.route))
        expect(Object.keys(e.input), `${e.name}: ${placeholder}`).toContain(placeholder);
    }
  });

  it('describes every input field and gives a title and description', () => {
    for (const e of endpoints) {
      expect(e.title.length, e.name).toBeGreaterThan(3);
      expect(e.description.length, e.name).toBeGreaterThan(20);
      for (const [key, field] of Object.entries(e.input)) expect(field.description, `${e.name}.${key}`).toBeTruthy();
    }
  });

  it('keeps effect consistent with the method; a POST is a read only where it is known to only read', () => {
    for (const e of endpoints) {
      const method = methodOf(e.route);
      if (e.effect === 'read' && method !== 'GET') expect(POST_READS, `${e.name} (${method})`).toContain(e.name);
      if (POST_READS.includes(e.name)) expect([method, e.effect], e.name).toEqual(['POST', 'read']);
      if (method === 'GET') expect(e.effect, e.name).toBe('read');
      if (method === 'DELETE') expect(e.effect, e.name).toBe('destructive');
    }
  });

  it('only names query, body, jsonText and spread inputs that exist, and a Make confirm flag only on tools that change things', () => {
    for (const e of endpoints) {
      for (const key of [...(e.query ?? []), ...(e.body ?? []), ...(e.jsonText ?? [])])
        expect(Object.keys(e.input), e.name).toContain(key);
      if (e.spread) expect(Object.keys(e.input), e.name).toContain(e.spread);
      if (e.makeConfirmFlag) {
        expect(e.effect, e.name).not.toBe('read');
        expect(Object.keys(e.input), e.name).toContain(e.makeConfirmFlag);
      }
    }
  });

  it('produces a non-empty JSON Schema whose properties match the input, confirm added on destructive tools', () => {
    for (const e of endpoints) {
      const tool = defineTool(e, {}, names);
      const schema = zodToJsonSchema(tool.schema) as {
        type?: string;
        properties?: Record<string, { description?: string }>;
        additionalProperties?: boolean;
      };
      expect(schema.type, e.name).toBe('object');
      const expected = [...Object.keys(e.input), ...(e.effect === 'destructive' ? ['confirm'] : [])].sort();
      expect(Object.keys(schema.properties ?? {}).sort(), e.name).toEqual(expected);
      for (const [key, property] of Object.entries(schema.properties ?? {}))
        expect(property.description, `${e.name}.${key}`).toBeTruthy();
      expect(schema.additionalProperties, e.name).toBe(false);
    }
  });

  it('has an example that its own schema accepts', () => {
    for (const e of endpoints) {
      const result = z.object(e.input).strict().safeParse(e.example);
      expect(result.success, `${e.name}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });
});
