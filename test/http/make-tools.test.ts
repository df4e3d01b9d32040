// Make's own tool definitions (@makehq/sdk's MakeTools) as the oracle: every one of Make's tools exists here under
// its name, takes every input property Make declares, accepts every example Make gives unchanged, and sends the
// request Make's own `execute` sends. Both run against the same simulator: Make's tool through Make's real client,
// ours through an MCP client and the whole pipeline; the simulator records what each sent.
import { isDeepStrictEqual } from 'node:util';
import { Make } from '@makehq/sdk';
import { MakeTools } from '@makehq/sdk/tools';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allEndpoints } from '../../src/pipeline/select.js';
import { grants } from '../../src/scopes.js';
import { ALL_SCOPES, type RecordedRequest } from '../../src/simulator/index.js';
import { toolsets } from '../../tools/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const endpoints = new Map(allEndpoints(toolsets).map((e) => [e.name, e]));

/**
 * Make's tools whose examples are refused here or send another request, each because Make's tool contradicts
 * Make's API document. The test checks that each still differs, so a stale entry fails.
 */
const UNLIKE_MAKES_TOOL: Record<string, string> = {
  connections_create:
    "Make's tool renames the document's body fields crosswise: its `name` is the document's `accountName` (display " +
    "name) and its `accountName` the document's `accountType` (app type). Taking Make's names would make " +
    "`accountName` mean the opposite of the API field it names, so ours keeps the document's.",
  'data-stores_update':
    "The document requires `teamId` in the query; Make's tool never sends it (ours takes it, or MAKE_TEAM).",
  'executions_get-detail':
    'Ours always sends a byte budget (`maxBytes`, 1 MiB unless asked otherwise) so a huge run cannot flood the ' +
    "model; Make's tool sends it only when the caller gives one.",
  scenarios_create:
    "Make's client adds `metadata: {input_spec, output_spec}` taken from the blueprint's interface, empty when it " +
    'has none; the document has no `metadata` field on this operation.',
  scenarios_update:
    "Make's client adds `metadata: {input_spec: [], output_spec: []}` even when only the name or schedule changes, " +
    "which would wipe the scenario's interface; the document has no `metadata` field on this operation.",
  'sdk-apps_set-icon':
    "Make's tool decodes the base64 and uploads the PNG bytes as image/png; the document takes the icon as " +
    "text/plain. (Make's own example, a cut-off PNG, is refused by Make's client before sending.)",
};

/** Input properties Make's tools declare that are not taken here, each with the reason. */
const PROPERTIES_NOT_TAKEN: Record<string, string> = {
  'connections_create.name': "Make's name for the document's `accountName` (see connections_create above).",
  'connections_create.scope': "Declared by Make's tool but never sent by it; ours is the document's `scopes`.",
  'connections_update.data':
    "Make's tool sends it in a second request to another endpoint (POST /connections/{id}/set-data); here that " +
    'endpoint is its own tool, connections_set-data.',
  'executions_list-for-incomp-exec.limit':
    "Declared by Make's tool but never sent by it; the document has no paging on this operation.",
};

/**
 * Tools for which Make's `execute` sends a second request once the first succeeds; ours sends the first, one tool per
 * endpoint, and the second is the named tool's: (the tool, arguments with which the first succeeds here).
 */
const MORE_REQUESTS: Record<string, { second: string; args: Record<string, unknown> }> = {
  // Make's tool returns the scenario with its blueprint.
  scenarios_get: { second: 'scenario-blueprints_get', args: { scenarioId: 501 } },
};

/**
 * Make's client habits that do not change what Make does, removed from Make's request before comparing:
 * - `cols[]=*`: Make's client asks every read for all columns; ours asks for Make's default set and offers `cols`
 *   (the document's `cols[]` values have no `*`), which keeps results small.
 * - `confirmed=true`: Make's client sends Make's own confirmation flag on every delete, so Make never warns; ours
 *   sends it only when the caller passes `confirmed` after the user agreed (DESIGN §4).
 * - no body and an empty JSON object are the same request to Make.
 */
function withoutClientHabits(r: Sent, example: Record<string, unknown>): Sent {
  return {
    ...r,
    query: r.query.filter(
      ([k, v]) => !(k === 'cols[]' && v === '*') && !(k === 'confirmed' && !('confirmed' in example)),
    ),
  };
}

type Sent = { method: string; path: string; query: [string, string][]; body: unknown };
const sent = (r: RecordedRequest): Sent => ({
  method: r.method,
  path: decodeURIComponent(r.path),
  query: [...r.query].sort(),
  body: r.body && typeof r.body === 'object' && Object.keys(r.body).length === 0 ? null : (r.body ?? null),
});

// Shaped like a Make API token (a UUID), so Make's client sends it as `Token …` like ours.
const TOKEN = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
let h: Harness;
let make: Make;
beforeAll(async () => {
  h = await startHarness({
    token: TOKEN,
    sim: { tokens: { [TOKEN]: ALL_SCOPES }, rateLimitPerMinute: 100_000 },
    config: { rateLimit: 100_000 },
  });
  make = new Make(TOKEN, new URL(h.sim.url).host, { retry: { maxRetries: 0 } as never });
  make.protocol = 'http';
});
afterAll(() => h.close());

async function requestsOf(run: () => Promise<unknown>): Promise<Sent[]> {
  const from = h.sim.requests.length;
  await run().catch(() => undefined); // Make's tool throws on Make's error answers; the request is what counts
  const requests = h.sim.requests.slice(from);
  expect(requests.filter((r) => r.status === 401)).toEqual([]);
  return requests.map(sent);
}

const examples = MakeTools.flatMap((tool) => (tool.examples ?? []).map((example, i) => ({ tool, example, i })));
const tally = { checked: 0, same: 0 };

describe("Make's own tools (@makehq/sdk MakeTools)", () => {
  it("are all here, under Make's names", () => {
    expect(MakeTools.length).toBe(181);
    expect(MakeTools.map((t) => t.name).filter((name) => !endpoints.has(name))).toEqual([]);
  });

  it("take every input property Make declares, by Make's name", () => {
    const missing = MakeTools.flatMap((t) =>
      Object.keys(t.inputSchema.properties ?? {})
        .filter((key) => !(key in endpoints.get(t.name)!.input))
        .map((key) => `${t.name}.${key}`),
    );
    expect(missing.sort()).toEqual(Object.keys(PROPERTIES_NOT_TAKEN).sort());
  });

  it("ask for the scope Make's tool names, in one of its spellings", () => {
    const differing = MakeTools.filter((t) => {
      const ours = endpoints.get(t.name)!.scope;
      return t.scope ? ours === null || !grants(new Set([t.scope]), ours) : ours !== null;
    });
    expect(differing.map((t) => `${t.name}: Make ${t.scope}, ours ${endpoints.get(t.name)!.scope}`)).toEqual([]);
  });

  it.each(examples.map((x) => [`${x.tool.name} example ${x.i + 1}`, x] as const))(
    '%s: accepted, and the same request',
    async (_, { tool, example }) => {
      const ours = endpoints.get(tool.name)!;
      const parsed = z.object(ours.input).strict().safeParse(example);
      const theirs = (await requestsOf(() => tool.execute(make, example as never))).map((r) =>
        withoutClientHabits(r, example),
      );
      const args = ours.effect === 'destructive' ? { ...example, confirm: true } : example;
      const mine = parsed.success ? await requestsOf(() => h.call(tool.name, args)) : [];
      tally.checked++;
      const same = parsed.success && isDeepStrictEqual(mine, MORE_REQUESTS[tool.name] ? theirs.slice(0, 1) : theirs);
      if (same) tally.same++;
      if (UNLIKE_MAKES_TOOL[tool.name]) {
        expect(same, `${tool.name} is listed as unlike Make's tool, but matches it now`).toBe(false);
        return;
      }
      expect(parsed.success ? [] : parsed.error.issues, JSON.stringify(example)).toEqual([]);
      expect(mine).toEqual(MORE_REQUESTS[tool.name] ? theirs.slice(0, 1) : theirs);
    },
  );

  it.each(Object.entries(MORE_REQUESTS))("%s: Make's second request is %s's", async (name, { second, args }) => {
    const theirs = await requestsOf(() => MakeTools.find((t) => t.name === name)!.execute(make, args as never));
    const first = await requestsOf(() => h.call(name, args));
    const then = await requestsOf(() => h.call(second, args));
    expect(theirs.map((r) => withoutClientHabits(r, args))).toEqual([...first, ...then]);
  });

  it('checked every example', () => {
    expect(tally.checked).toBe(examples.length);
    console.log(
      `Make's examples: ${tally.checked} checked, ${tally.same} the same request, ${tally.checked - tally.same} listed exceptions`,
    );
  });
});
