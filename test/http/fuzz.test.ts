// Generated calls, valid and invalid, across every tool: the server never crashes or hangs, invalid input
// never reaches Make, no request escapes its declared route, and the token never appears in any output.
import { CallToolRequestSchema, McpError } from '@modelcontextprotocol/sdk/types.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allEndpoints } from '../../src/pipeline/select.js';
import { defineTool } from '../../src/pipeline/define.js';
import { ALL_SCOPES } from '../../src/simulator/index.js';
import { toolsets } from '../../tools/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { makeRouteOf } from '../helpers/routes.js';

const CANARY = 'canary-7e1f0b2a-fuzz-token';
const RUNS = 10_000;
const endpoints = allEndpoints(toolsets);
const names = new Set(endpoints.map((e) => e.name));

const nasty = fc.constantFrom(
  '../users/me',
  '..',
  '.',
  '',
  '%2e%2e%2fusers',
  '/',
  '?teamId=1',
  '#x',
  'a/../../b',
  '\u0000',
  '\u202e',
  'Ω≈ç√',
  CANARY,
  `Bearer ${CANARY}`,
  'x'.repeat(5000),
  -1,
  0,
  1.5,
  2 ** 53,
  Number.NaN,
  true,
  null,
  [],
  {},
  ['../x'],
  { toString: 'x' },
);
const value = fc.oneof({ weight: 3, arbitrary: fc.anything() }, { weight: 2, arbitrary: nasty });

/** Arguments shaped like the tool's example, with some fields replaced, dropped or added. */
const nearExample = (example: Record<string, unknown>) =>
  fc
    .record({
      replaced: fc.dictionary(fc.constantFrom(...Object.keys(example), 'extra'), value, { maxKeys: 2 }), // 'extra': examples may have no keys
      dropped: fc.subarray(Object.keys(example), { maxLength: Math.min(1, Object.keys(example).length) }),
      added: fc.dictionary(
        fc.constantFrom('confirm', 'confirmed', 'extra', 'teamId', '__proto__', 'constructor'),
        value,
        { maxKeys: 2 },
      ),
      confirm: fc.constantFrom(undefined, true, false, 'true', 1),
    })
    .map(({ replaced, dropped, added, confirm }) => {
      const args: Record<string, unknown> = { ...example, ...replaced, ...added };
      for (const key of dropped) delete args[key];
      if (confirm !== undefined) args.confirm = confirm;
      return args;
    });

const call = fc.constantFrom(...endpoints).chain((endpoint) =>
  fc.record({
    endpoint: fc.constant(endpoint),
    args: fc.oneof(
      { weight: 4, arbitrary: nearExample(endpoint.example as Record<string, unknown>) },
      // Valid calls on other (often unknown) ids: exercises Make's errors as well as successes.
      {
        weight: 2,
        arbitrary: fc.integer({ min: 1, max: 1200 }).map((id) => ({
          ...(endpoint.example as Record<string, unknown>),
          ...('connectionId' in endpoint.input ? { connectionId: id } : {}),
          ...(endpoint.effect === 'destructive' ? { confirm: true } : {}),
        })),
      },
      { weight: 1, arbitrary: fc.dictionary(fc.string(), value) },
    ),
  }),
);

let h: Harness;
const counts = { calls: 0, valid: 0, sent: 0, invalid: 0, gated: 0, rejectedByProtocol: 0 };

beforeAll(async () => {
  h = await startHarness({
    token: CANARY,
    sim: { tokens: { [CANARY]: ALL_SCOPES }, rateLimitPerMinute: 1e9 },
    client: { rateLimit: 1e9 },
  });
});
afterAll(async () => {
  await h.close();
  console.log(
    `fuzz: ${counts.calls} calls — ${counts.valid} valid (${counts.sent} reached the simulator, ${counts.gated} held by the confirm gate), ` +
      `${counts.invalid} invalid (none sent; ${counts.rejectedByProtocol} of them refused by the SDK's JSON-RPC layer)`,
  );
});

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)),
  ]);
}

describe('fuzz', () => {
  it(`${RUNS} generated calls across all tools`, async () => {
    await fc.assert(
      fc.asyncProperty(call, async ({ endpoint, args }) => {
        h.sim.reset();
        counts.calls++;
        const tool = defineTool(endpoint, {}, names);
        // Judge the arguments as the server receives them: after the SDK's own parsing of the request
        // (which, for one, drops an own "__proto__" key).
        const valid = (() => {
          try {
            const received = CallToolRequestSchema.safeParse({
              method: 'tools/call',
              params: { name: endpoint.name, arguments: args },
            });
            return received.success && tool.schema.safeParse(received.data.params.arguments).success;
          } catch {
            return false; // zod 4 inside the SDK throws on e.g. { constructor: null }; the SDK answers with an error
          }
        })();
        const answer = await withTimeout(
          h.mcp
            .callTool({ name: endpoint.name, arguments: args as Record<string, unknown> })
            .catch((err: unknown) => err),
          5000,
        );
        if (answer instanceof McpError) {
          // The SDK's own request parsing refused the arguments (e.g. a "constructor" key): an answer, not a crash.
          counts.rejectedByProtocol++;
          expect(answer.message).not.toContain(CANARY);
          expect(valid).toBe(false);
          expect(h.sim.requests).toHaveLength(0);
          counts.invalid++;
          return;
        }
        const result = answer as Awaited<ReturnType<typeof h.mcp.callTool>>;
        const output = JSON.stringify(result);
        expect(output).not.toContain(CANARY);
        expect(result.content).toBeInstanceOf(Array);

        if (!valid) {
          counts.invalid++;
          expect(result.isError).toBe(true);
          expect(h.sim.requests).toHaveLength(0);
          return;
        }
        counts.valid++;
        if (endpoint.effect === 'destructive' && (args as { confirm?: unknown }).confirm !== true) {
          counts.gated++;
          expect(h.sim.requests).toHaveLength(0);
          return;
        }
        if (h.sim.requests.length > 0) counts.sent++;
        for (const request of h.sim.requests) expect(request.route).toBe(makeRouteOf(endpoint.route)?.key);
      }),
      { numRuns: RUNS, seed: 20261125 },
    );
    expect(counts.calls).toBeGreaterThanOrEqual(RUNS);
    expect(counts.sent).toBeGreaterThan(RUNS / 20);
    expect(counts.invalid).toBeGreaterThan(RUNS / 10);
  }, 240_000);
});
