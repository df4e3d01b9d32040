// The search request sets and how a ranking is scored on them. The tuning sets are what the search is tuned with:
// requests.ts (written from tool names and routes) and tuning-requests.json (written from Make's API documents only).
// The held-apart set (heldout-requests.json) was written by someone who saw only Make's endpoint inventory — never
// the code, its synonyms or a tuning set — and is used only to measure: only its aggregate scores are ever printed.
import { Catalogue, routeKey } from '../../src/catalogue/search.js';
import type { EndpointData } from '../../src/endpoint.js';
import { defineTool } from '../../src/pipeline/define.js';
import { listingOf } from '../../src/pipeline/listing.js';
import { allEndpoints } from '../../src/pipeline/select.js';
import { about, toolsets } from '../../tools/index.js';
import heldout from './heldout-requests.json' with { type: 'json' };
import tuning from './tuning-requests.json' with { type: 'json' };
import { REQUESTS } from './requests.js';

/** Every declared tool, and the search over them all as a server listing every toolset has it. */
export function searchOfAllTools() {
  const endpoints = allEndpoints(toolsets);
  const names = new Set(endpoints.map((e) => e.name));
  const define = (e: (typeof endpoints)[number]) => defineTool(e, {}, names);
  const catalogue = new Catalogue(
    endpoints,
    { define: async (e) => define(e), list: async (e) => listingOf(define(e)) },
    about,
  );
  return { endpoints, names, catalogue };
}

/** One request and every tool that answers it, the expected one first. */
export interface Case {
  request: string;
  tools: readonly string[];
}

export interface Score {
  cases: number;
  top1: number;
  top3: number;
  /** Average bytes of a search answer at the default limit (0 when the ranking has no answer of its own). */
  answerBytes: number;
}

/** The first tuning set, labelled with tool names. */
export function namedTuningSet(): Case[] {
  return REQUESTS.map(({ request, tool }) => ({ request, tools: [tool] }));
}

/** The second tuning set, labelled with Make's routes. */
export function routedTuningSet(endpoints: readonly EndpointData[]): Case[] {
  return byTools(tuning, endpoints);
}

export function heldApartSet(endpoints: readonly EndpointData[]): Case[] {
  return byTools(heldout, endpoints);
}

/** A request set written against Make's routes, as its files hold it. */
interface RoutedFile {
  requests: { query: string; expected: string; alsoAcceptable?: string[] }[];
}

/**
 * A set with its routes ("DELETE /hooks/{hookId}") turned into the tools declared for them. A route with no tool
 * keeps no name, so its request counts as a miss.
 */
function byTools(file: RoutedFile, endpoints: readonly EndpointData[]): Case[] {
  const byRoute = new Map<string, string[]>();
  for (const e of endpoints) byRoute.set(routeKey(e.route), [...(byRoute.get(routeKey(e.route)) ?? []), e.name]);
  const toolsOf = (route: string) => byRoute.get(routeKey(route)) ?? [];
  return file.requests.map(({ query, expected, alsoAcceptable = [] }) => ({
    request: query,
    tools: [expected, ...alsoAcceptable].flatMap(toolsOf),
  }));
}

/** Top-1 and top-3 of a ranking, and the average size of its answers where it has them. */
export async function score(
  cases: readonly Case[],
  rank: (request: string) => Promise<readonly string[]>,
  answer?: (request: string) => Promise<string>,
): Promise<Score> {
  let top1 = 0;
  let top3 = 0;
  let bytes = 0;
  for (const { request, tools } of cases) {
    const ranked = await rank(request);
    if (tools.includes(ranked[0])) top1++;
    if (ranked.slice(0, 3).some((name) => tools.includes(name))) top3++;
    if (answer) bytes += Buffer.byteLength(await answer(request));
  }
  return {
    cases: cases.length,
    top1: top1 / cases.length,
    top3: top3 / cases.length,
    answerBytes: bytes / cases.length,
  };
}
