// The build's schema cache lists every tool exactly as converting its zod schema would, defaults and confirm included,
// and holds every declaration's data exactly as tools/ declares it.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allEndpoints } from '../../../src/pipeline/select.js';
import { defineTool } from '../../../src/pipeline/define.js';
import { listingFromRaw, listingOf, rawInputSchema } from '../../../src/pipeline/listing.js';
import type { BuildCacheFile } from '../../../src/declarations/build-cache.js';
import { defaultTools, toolsets } from '../../../tools/index.js';

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
    const file = new URL('../../../dist/schema-cache.json', import.meta.url);
    expect(existsSync(file)).toBe(true);
    const { schemas } = JSON.parse(readFileSync(file, 'utf8')) as { schemas: Record<string, unknown> };
    expect(Object.keys(schemas).sort()).toEqual([...names].sort());
  });

  it('holds every declaration, every field but its input, example and source, in the declared order, and the default tools', () => {
    const { declarations } = JSON.parse(
      readFileSync(new URL('../../../dist/schema-cache.json', import.meta.url), 'utf8'),
    ) as BuildCacheFile;
    expect(Object.keys(declarations.toolsets)).toEqual(Object.keys(toolsets));
    for (const [toolset, declared] of Object.entries(toolsets)) {
      expect(
        declarations.toolsets[toolset].map((e) => e.name),
        toolset,
      ).toEqual(declared.map((e) => e.name));
      declared.forEach((e, i) => {
        const data = declarations.toolsets[toolset][i];
        for (const left of ['input', 'example', 'source']) expect(data, e.name).not.toHaveProperty(left);
        const { input: _input, example: _example, source: _source, ...rest } = e;
        expect(data, e.name).toStrictEqual(rest);
      });
    }
    expect(declarations.defaultTools).toEqual(defaultTools);
  });

  it('is current: made from the compiled declarations in dist/', async () => {
    // the built module, which resolves the cache and the declarations next to itself in dist/
    const built = (await import(
      new URL('../../../dist/src/declarations/build-cache.js', import.meta.url).href
    )) as typeof import('../../../src/declarations/build-cache.js');
    expect(built.loadBuildCache()?.declarations.defaultTools).toEqual(defaultTools);
  });
});
