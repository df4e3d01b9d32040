// Search quality: plain-language requests (test/search/requests.ts, written from tool names and routes only)
// against the catalogue search. Reports top-1 and top-3; fails below 90% top-3.
import { afterAll, describe, expect, it } from 'vitest';
import { Catalogue } from '../../src/catalog.js';
import { allEndpoints, defineTool, listingOf } from '../../src/registry.js';
import { toolsets } from '../../tools/index.js';
import { REQUESTS } from '../search/requests.js';

const endpoints = allEndpoints(toolsets);
const names = new Set(endpoints.map((e) => e.name));
const define = (e: (typeof endpoints)[number]) => defineTool(e, {}, names);
const catalogue = new Catalogue(endpoints, { define: async (e) => define(e), list: async (e) => listingOf(define(e)) });
const misses: string[] = [];
let top1 = 0;
let top3 = 0;

afterAll(() => {
  console.log(`search: top-1 ${top1}/${REQUESTS.length} (${pct(top1)}), top-3 ${top3}/${REQUESTS.length} (${pct(top3)})`);
  if (misses.length) console.log(`not in the top 3:\n${misses.join('\n')}`);
});
const pct = (n: number) => `${((100 * n) / REQUESTS.length).toFixed(1)}%`;

describe('catalogue search quality', () => {
  it('has at least 60 requests, each naming a real tool, spread over every toolset', () => {
    expect(REQUESTS.length).toBeGreaterThanOrEqual(60);
    for (const { tool } of REQUESTS) expect(names.has(tool), tool).toBe(true);
    const covered = new Set(REQUESTS.map((r) => r.tool.slice(0, r.tool.indexOf('_'))));
    expect([...Object.keys(toolsets)].filter((t) => !covered.has(t))).toEqual([]);
  });

  it('finds the right tool in the top 3 for at least 90% of the requests', async () => {
    for (const { request, tool } of REQUESTS) {
      const ranked = await catalogue.rank(request, 3);
      if (ranked[0] === tool) top1++;
      if (ranked.includes(tool)) top3++;
      else misses.push(`  "${request}" → ${tool}; got ${ranked.join(', ')}`);
    }
    expect(top3 / REQUESTS.length).toBeGreaterThanOrEqual(0.9);
  });
});
