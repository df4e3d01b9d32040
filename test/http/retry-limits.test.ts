// How often a call is sent, and what the model hears when every attempt failed: idempotent requests are
// retried up to the cap and no further, a POST is re-sent only when nothing can have reached Make, and a
// timeout is told apart from a broken connection.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MakeClient } from '../../src/http/client.js';
import type { Clock } from '../../src/http/clock.js';
import { callTool } from '../../src/pipeline/call.js';
import { defineTool } from '../../src/pipeline/define.js';
import connections from '../../tools/connections.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { closedPort } from '../helpers/raw-make.js';

const SCOPES = ['connections:read', 'connections:write'];
const GET = {
  name: 'connections_get',
  args: { connectionId: 102 },
  route: 'GET /connections/{connectionId}',
  request: 'GET /connections/102',
};
const DELETE = {
  name: 'connections_delete',
  args: { connectionId: 102, confirm: true },
  route: 'DELETE /connections/{connectionId}',
  request: 'DELETE /connections/102',
};
const POST = {
  name: 'connections_create',
  args: { teamId: 22, accountName: 'Retry test', accountType: 'http' },
  route: 'POST /connections',
  request: 'POST /connections?teamId=22',
};
const unknown = (cause: string, request: string) =>
  `Outcome unknown: ${cause} after ${request} was sent, and it was not re-sent because Make may already have acted. ` +
  'Check the current state first (for example list or get the resource, or list executions before running a scenario again), ' +
  'then decide whether to call again.';
const unavailable = (cause: string, attempts: string) =>
  `Make is unavailable: ${cause} (${attempts}). Nothing needs undoing; try again later.`;
const gateway503 = (request: string) =>
  `Make refused ${request} with HTTP 503 (SC503): Service Unavailable — Simulated 503 fault.\nMake had a problem on its side; try again later.`;

/** A clock whose waits end at once, recording how long each would have been. */
function instantClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  return { sleeps, now: () => 1_000_000, sleep: async (ms) => void sleeps.push(ms) };
}

let h: Harness;
let clock: ReturnType<typeof instantClock>;
beforeAll(async () => {
  clock = instantClock();
  h = await startHarness({
    config: { toolsets: ['connections'], scopes: SCOPES },
    client: { clock, headersTimeoutMs: 200, retry: { baseDelayMs: 100, maxDelayMs: 150, random: () => 1 } },
  });
});
afterAll(() => h.close());
beforeEach(() => {
  h.sim.reset();
  h.sim.clearFaults();
  clock.sleeps.length = 0;
});
const sent = (route: string) => h.sim.requests.filter((r) => r.route === route).length;

describe('idempotent requests are retried up to the cap', () => {
  it('a GET that keeps failing with 503 is sent 3 times, backing off between, and reports the last answer', async () => {
    h.sim.injectFault({ kind: 'status-503', route: GET.route, times: 10 });
    const result = await h.call(GET.name, GET.args);
    expect(result.isError).toBe(true);
    expect(result.text).toBe(gateway503(GET.request));
    expect(sent(GET.route)).toBe(3);
    expect(clock.sleeps).toEqual([100, 150]); // base·2^(attempt-1), capped; random() = 1
  });

  it('a DELETE likewise: 3 sends, nothing applied', async () => {
    h.sim.injectFault({ kind: 'status-503', route: DELETE.route, times: 10 });
    const result = await h.call(DELETE.name, DELETE.args);
    expect(result.text).toBe(gateway503(DELETE.request));
    expect(sent(DELETE.route)).toBe(3);
    expect(h.sim.applied).toEqual([]);
  });

  it('succeeds on the last allowed attempt', async () => {
    h.sim.injectFault({ kind: 'status-503', route: GET.route, times: 2 });
    const result = await h.call(GET.name, GET.args);
    expect(result.isError, result.text).toBeUndefined();
    expect(sent(GET.route)).toBe(3);
  });

  it('a GET that keeps timing out: "did not answer in time", 3 sends', async () => {
    h.sim.injectFault({ kind: 'hang', route: GET.route, times: 10 });
    const result = await h.call(GET.name, GET.args);
    expect(result.text).toBe(unavailable('Make did not answer in time', '3 attempts'));
    expect(sent(GET.route)).toBe(3);
  });

  it('a GET whose connection keeps breaking: "the connection broke", 3 sends', async () => {
    h.sim.injectFault({ kind: 'reset', route: GET.route, times: 10 });
    const result = await h.call(GET.name, GET.args);
    expect(result.text).toBe(unavailable('the connection broke before Make answered', '3 attempts'));
    expect(sent(GET.route)).toBe(3);
  });

  it("a refusal that is Make's answer (404) is not retried", async () => {
    const result = await h.call(GET.name, { connectionId: 999_999 });
    expect(result.isError).toBe(true);
    expect(result.text).not.toContain('earlier attempt');
    expect(sent(GET.route)).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });
});

describe('the cap is configurable', () => {
  it('maxAttempts 5 sends five times; maxAttempts 1 never re-sends', async () => {
    for (const [maxAttempts, expected] of [
      [5, 5],
      [1, 1],
    ] as const) {
      const own = await startHarness({
        config: { toolsets: ['connections'], scopes: SCOPES },
        client: { clock: instantClock(), retry: { maxAttempts } },
      });
      try {
        own.sim.injectFault({ kind: 'status-503', route: GET.route, times: 10 });
        const result = await own.call(GET.name, GET.args);
        expect(result.text).toBe(gateway503(GET.request));
        expect(own.sim.requests.filter((r) => r.route === GET.route)).toHaveLength(expected);
      } finally {
        await own.close();
      }
    }
  });
});

describe('a POST that may have reached Make is sent once', () => {
  it.each([
    ['status-503', 'Make answered HTTP 503'],
    ['hang', 'Make did not answer in time'],
    ['reset', 'the connection broke before Make answered'],
  ] as const)('%s: outcome unknown, naming the cause', async (kind, cause) => {
    h.sim.injectFault({ kind, route: POST.route, times: 10 });
    const result = await h.call(POST.name, POST.args);
    expect(result.isError).toBe(true);
    expect(result.text).toBe(unknown(cause, POST.request));
    expect(sent(POST.route)).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });
});

describe('a refused connection (nothing was sent)', () => {
  async function refusedClient(maxAttempts?: number) {
    const rec = instantClock();
    const client = new MakeClient({
      baseUrl: `http://127.0.0.1:${await closedPort()}/api/v2`,
      apiKey: 'k',
      clock: rec,
      retry: { random: () => 1, maxAttempts },
    });
    return { client, rec };
  }
  const create = defineTool(
    connections.find((e) => e.name === 'connections_create')!,
    {},
    new Set(),
  );

  it('makes even a POST safe to send again: 3 attempts, then "could not be reached"', async () => {
    const { client, rec } = await refusedClient();
    try {
      const result = await callTool(create, POST.args, { client, readOnly: false, secret: 'k' });
      expect(result.content).toEqual([{ type: 'text', text: unavailable('Make could not be reached', '3 attempts') }]);
      expect(rec.sleeps).toEqual([500, 1000]);
    } finally {
      await client.close();
    }
  });

  it('with one attempt allowed: "1 attempt"', async () => {
    const { client, rec } = await refusedClient(1);
    try {
      const outcome = await client.send(
        { method: 'PATCH', path: '/connections/5', body: { name: 'x' } },
        { scope: null },
      );
      expect(outcome).toEqual({
        ok: false,
        failure: { kind: 'unavailable', cause: 'Make could not be reached', attempts: 1 },
      });
      expect(rec.sleeps).toEqual([]);
    } finally {
      await client.close();
    }
  });
});

describe('the deadline', () => {
  it('once it has passed, nothing is tried again, whatever the clock', async () => {
    const own = await startHarness({
      config: { toolsets: ['connections'], scopes: SCOPES },
      client: { clock: instantClock(), callTimeoutMs: 300, headersTimeoutMs: 30_000 },
    });
    try {
      own.sim.injectFault({ kind: 'hang', route: GET.route, times: 10 });
      const result = await own.call(GET.name, GET.args);
      expect(result.text).toBe(unavailable('Make did not answer in time', '1 attempt'));
      expect(own.sim.requests.filter((r) => r.route === GET.route)).toHaveLength(1);
    } finally {
      await own.close();
    }
  });
});

describe('the deadline during a backoff', () => {
  it('stops retrying and reports the failure it had', async () => {
    const fake = new FakeClock();
    const own = await startHarness({
      config: { toolsets: ['connections'], scopes: SCOPES },
      client: { clock: fake, callTimeoutMs: 300 },
    });
    try {
      own.sim.injectFault({ kind: 'status-503', route: GET.route, times: 10 });
      const result = await own.call(GET.name, GET.args); // the fake clock never moves: the backoff outlasts the deadline
      expect(result.text).toBe(gateway503(GET.request));
      expect(own.sim.requests.filter((r) => r.route === GET.route)).toHaveLength(1);
      expect(fake.sleepers).toBe(0);
    } finally {
      await own.close();
    }
  });
});
