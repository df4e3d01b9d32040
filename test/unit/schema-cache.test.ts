// The build's schema cache lists every tool exactly as converting its zod schema would, defaults and confirm included.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allEndpoints, defineTool, listingFromRaw, listingOf, rawInputSchema } from '../../src/registry.js';
import { toolsets } from '../../tools/index.js';

const endpoints = allEndpoints(toolsets);
const names = new Set(endpoints.map((e) => e.name));

describe('schema cache', () => {
  for (const defaults of [{}, { teamId: 22, organizationId: 11 }]) {
    it(`gives the same listing as the zod conversion for every tool, defaults ${JSON.stringify(defaults)}`, () => {
      for (const e of endpoints) {
        const live = JSON.stringify(listingOf(defineTool(e, defaults, names)));
        expect(JSON.stringify(listingFromRaw(e, defaults, rawInputSchema(e))), e.name).toBe(live);
      }
    });
  }

  it('is written by the build, for every tool (npm test builds first)', () => {
    const file = new URL('../../dist/schema-cache.json', import.meta.url);
    expect(existsSync(file)).toBe(true);
    const { schemas } = JSON.parse(readFileSync(file, 'utf8')) as { schemas: Record<string, unknown> };
    expect(Object.keys(schemas).sort()).toEqual([...names].sort());
  });
});
