// The fault matrix: each injected failure, for a GET, a POST and a DELETE tool. The simulator's log of
// applied writes proves that nothing was applied twice and nothing was lost.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectionAt } from '../../src/simulator/engine.js';
import type { Fault, FaultKind } from '../../src/simulator/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';

type Method = 'GET' | 'POST' | 'DELETE';

const TOOLS: Record<Method, { name: string; args: Record<string, unknown>; route: string }> = {
  GET: { name: 'connections_get', args: { connectionId: 102 }, route: 'GET /connections/{connectionId}' },
  POST: {
    name: 'connections_create',
    args: {
      teamId: 22,
      accountName: 'Fault test',
      accountType: 'http',
      data: { url: 'https://x.example', apiKey: 'k' },
    },
    route: 'POST /connections',
  },
  DELETE: {
    name: 'connections_delete',
    args: { connectionId: 102, confirm: true },
    route: 'DELETE /connections/{connectionId}',
  },
};

interface Case {
  kind: FaultKind;
  phase?: 'before' | 'after';
  method: Method;
  extra?: Partial<Fault>;
  /** null: the call succeeds; otherwise the error text must match. */
  error: RegExp | null;
  /** Requests that reached the simulator. */
  sent: number;
  /** Writes the simulator applied. */
  applied: number;
}

const UNKNOWN = /^Outcome unknown: .*not re-sent/;
const CASES: Case[] = [
  // Gateways: idempotent methods are retried; a POST is never re-sent.
  ...(['status-502', 'status-503', 'status-504'] as const).flatMap((kind): Case[] => [
    { kind, method: 'GET', error: null, sent: 2, applied: 0 },
    { kind, method: 'POST', error: UNKNOWN, sent: 1, applied: 0 },
    { kind, method: 'DELETE', error: null, sent: 2, applied: 1 },
  ]),
  { kind: 'status-503', phase: 'after', method: 'POST', error: UNKNOWN, sent: 1, applied: 1 },
  {
    kind: 'status-503',
    phase: 'after',
    method: 'DELETE',
    error: /404.*earlier attempt .* may already have removed it/s,
    sent: 2,
    applied: 1,
  },
  // Connection reset with no answer.
  { kind: 'reset', method: 'GET', error: null, sent: 2, applied: 0 },
  { kind: 'reset', method: 'POST', error: UNKNOWN, sent: 1, applied: 0 },
  { kind: 'reset', method: 'DELETE', error: null, sent: 2, applied: 1 },
  { kind: 'reset', phase: 'after', method: 'POST', error: UNKNOWN, sent: 1, applied: 1 },
  // A hung response runs into the headers timeout.
  { kind: 'hang', method: 'GET', error: null, sent: 2, applied: 0 },
  { kind: 'hang', method: 'POST', error: UNKNOWN, sent: 1, applied: 0 },
  { kind: 'hang', method: 'DELETE', error: null, sent: 2, applied: 1 },
  { kind: 'hang', phase: 'after', method: 'POST', error: UNKNOWN, sent: 1, applied: 1 },
  // Unreadable JSON in a success answer: reported, never re-sent, never a crash.
  { kind: 'bad-json', method: 'GET', error: /not readable JSON/, sent: 1, applied: 0 },
  {
    kind: 'bad-json',
    phase: 'after',
    method: 'POST',
    error: /not readable JSON.*check its effect/,
    sent: 1,
    applied: 1,
  },
  { kind: 'bad-json', phase: 'after', method: 'DELETE', error: /not readable JSON/, sent: 1, applied: 1 },
  // 429: Make did not act, so every method is sent again after the pause.
  ...(['GET', 'POST', 'DELETE'] as const).flatMap((method): Case[] => [
    {
      kind: 'rate-limit',
      method,
      extra: { retryAfterSeconds: 1 },
      error: null,
      sent: 2,
      applied: method === 'GET' ? 0 : 1,
    },
    {
      kind: 'rate-limit',
      method,
      extra: { retryAfterSeconds: null },
      error: null,
      sent: 2,
      applied: method === 'GET' ? 0 : 1,
    },
  ]),
  // An answer over the size cap is dropped, with advice that fits the method.
  { kind: 'oversize', method: 'GET', error: /larger than 1 MiB.*Ask for less/, sent: 1, applied: 0 },
  {
    kind: 'oversize',
    phase: 'after',
    method: 'POST',
    error: /accepted .*larger than 1 MiB.*Check the result/,
    sent: 1,
    applied: 1,
  },
  { kind: 'oversize', phase: 'after', method: 'DELETE', error: /accepted .*larger than 1 MiB/, sent: 1, applied: 1 },
];

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    client: { headersTimeoutMs: 300, rateLimitPauseMs: 300, maxResponseBytes: 1024 * 1024 },
  });
});
afterAll(() => h.close());
beforeEach(() => h.sim.reset());

const connectionCount = () => collectionAt(h.sim.state, '/connections').size;

describe('fault matrix', () => {
  for (const c of CASES) {
    const label = `${c.kind}${c.phase === 'after' ? ' (after applying)' : ''}${c.extra ? ` ${JSON.stringify(c.extra)}` : ''} on ${c.method}`;
    it(label, async () => {
      const tool = TOOLS[c.method];
      const connectionsBefore = connectionCount();
      h.sim.injectFault({ kind: c.kind, phase: c.phase, route: tool.route, bytes: 2 * 1024 * 1024, ...c.extra });
      const result = await h.call(tool.name, tool.args);

      if (c.error) {
        expect(result.isError, result.text).toBe(true);
        expect(result.text).toMatch(c.error);
      } else {
        expect(result.isError, result.text).toBeFalsy();
      }
      expect(h.sim.requests.filter((r) => r.route === tool.route)).toHaveLength(c.sent);
      expect(h.sim.applied).toHaveLength(c.applied);
      // No POST applied twice; no data lost beyond what the call itself did.
      const created = h.sim.applied.filter((a) => a.route === 'POST /connections').length;
      const deleted = h.sim.applied.filter((a) => a.route === 'DELETE /connections/{connectionId}').length;
      expect(created).toBeLessThanOrEqual(1);
      expect(connectionCount()).toBe(connectionsBefore + created - deleted);
    });
  }
});

describe('a long pause after a 429', () => {
  it('answers at once with the seconds to wait instead of holding the call', async () => {
    const impatient = await startHarness({ client: { maxWaitMs: 20_000 } }); // default 60 s pause without Retry-After
    try {
      impatient.sim.requests.length = 0; // forget the start-up scope lookup
      impatient.sim.injectFault({ kind: 'rate-limit', retryAfterSeconds: null, route: TOOLS.POST.route });
      const result = await impatient.call(TOOLS.POST.name, TOOLS.POST.args);
      expect(result.isError).toBe(true);
      expect(result.text).toMatch(/rate limit .* Wait 60 s/);
      expect(impatient.sim.applied).toHaveLength(0);
      // Every queued call now waits for the pause too: the next one is refused without reaching Make.
      const next = await impatient.call(TOOLS.GET.name, TOOLS.GET.args);
      expect(next.text).toMatch(/Wait (59|60) s/);
      expect(impatient.sim.requests).toHaveLength(1);
    } finally {
      await impatient.close();
    }
  });
});
