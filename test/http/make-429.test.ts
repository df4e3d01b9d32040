// Make's own 429: the call waits exactly as long as Retry-After says (else the fixed pause), every queued call
// waits too and keeps its turn, and a call that keeps getting 429 stops at the cap with the seconds to wait.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeClock } from '../helpers/fake-clock.js';
import { startHarness, type Harness, type HarnessOptions } from '../helpers/harness.js';

const SCOPES = ['connections:read', 'connections:write'];
const ROUTE = 'GET /connections/{connectionId}';
const refused = (limit: number, seconds: number) =>
  `Not sent: Make's rate limit for this organization (${limit} requests per minute) is used up. Wait ${seconds} s, then call again.`;

const harnesses: Harness[] = [];
async function harness(clock: FakeClock, client: HarnessOptions['client'] = {}): Promise<Harness> {
  const h = await startHarness({ config: { toolsets: ['connections'], scopes: SCOPES }, client: { clock, ...client } });
  harnesses.push(h);
  return h;
}
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.close()));
});

/** Waits (in real time) until the call sleeps on the fake clock, then moves the clock. */
async function advanceWhenWaiting(clock: FakeClock, ms: number, sleepers = 1): Promise<void> {
  await vi.waitFor(() => expect(clock.sleepers).toBe(sleepers));
  await clock.advance(ms);
}

describe('the pause after a 429', () => {
  it('lasts exactly Retry-After, not the fixed pause', async () => {
    const clock = new FakeClock();
    const h = await harness(clock, { rateLimitPauseMs: 60_000, maxWaitMs: 20_000 });
    h.sim.injectFault({ kind: 'rate-limit', route: ROUTE, retryAfterSeconds: 3 });
    const call = h.call('connections_get', { connectionId: 102 });
    await advanceWhenWaiting(clock, 2_999);
    expect(h.sim.requests).toHaveLength(1);
    await clock.advance(1);
    const result = await call;
    expect(result.isError, result.text).toBeUndefined();
    expect(h.sim.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('lasts the fixed pause when Make sends no Retry-After', async () => {
    const clock = new FakeClock();
    const h = await harness(clock, { rateLimitPauseMs: 7_000 });
    h.sim.injectFault({ kind: 'rate-limit', route: ROUTE, retryAfterSeconds: null });
    const call = h.call('connections_get', { connectionId: 102 });
    await advanceWhenWaiting(clock, 6_999);
    expect(h.sim.requests).toHaveLength(1);
    await clock.advance(1);
    expect((await call).isError).toBeUndefined();
    expect(h.sim.requests).toHaveLength(2);
  });

  it("longer than maxWait: answered at once with Retry-After's seconds", async () => {
    const clock = new FakeClock();
    const h = await harness(clock, { rateLimitPauseMs: 5_000, maxWaitMs: 20_000 });
    h.sim.injectFault({ kind: 'rate-limit', route: ROUTE, retryAfterSeconds: 30 });
    const result = await h.call('connections_get', { connectionId: 102 });
    expect(result.text).toBe(refused(60, 30));
    expect(h.sim.requests).toHaveLength(1);
  });
});

describe('a call that keeps getting 429', () => {
  it('is sent maxAttempts times, then answered with the seconds to wait', async () => {
    const clock = new FakeClock();
    const h = await harness(clock);
    h.sim.injectFault({ kind: 'rate-limit', route: ROUTE, retryAfterSeconds: 2, times: 10 });
    const call = h.call('connections_get', { connectionId: 102 });
    await advanceWhenWaiting(clock, 2_000);
    await advanceWhenWaiting(clock, 2_000);
    const result = await call;
    expect(result.isError).toBe(true);
    expect(result.text).toBe(refused(60, 2));
    expect(h.sim.requests.map((r) => r.status)).toEqual([429, 429, 429]);
  });

  it('a POST too: Make did not act on a 429, so re-sending it is safe', async () => {
    const clock = new FakeClock();
    const h = await harness(clock, { retry: { maxAttempts: 2 } });
    h.sim.injectFault({ kind: 'rate-limit', route: 'POST /connections', retryAfterSeconds: 1, times: 10 });
    const call = h.call('connections_create', { teamId: 22, accountName: 'X', accountType: 'http' });
    await advanceWhenWaiting(clock, 1_000);
    expect((await call).text).toBe(refused(60, 1));
    expect(h.sim.requests).toHaveLength(2);
    expect(h.sim.applied).toEqual([]);
  });
});

describe('queued calls during the pause', () => {
  it('all wait for it, then go in the order they came', async () => {
    const clock = new FakeClock();
    const h = await harness(clock, { maxConcurrent: 1 });
    h.sim.injectFault({ kind: 'rate-limit', route: ROUTE, retryAfterSeconds: 5 });
    const calls = [h.call('connections_get', { connectionId: 101 })];
    await vi.waitFor(() => expect(clock.sleepers).toBe(1)); // the first is paused
    for (const id of [102, 103, 104]) calls.push(h.call('connections_get', { connectionId: id }));
    await clock.advance(4_999);
    expect(h.sim.requests).toHaveLength(1);
    await clock.advance(1);
    const results = await Promise.all(calls);
    expect(results.map((r) => r.isError)).toEqual([undefined, undefined, undefined, undefined]);
    expect(h.sim.requests.map((r) => `${r.status} ${r.path}`)).toEqual([
      '429 /api/v2/connections/101',
      '200 /api/v2/connections/101',
      '200 /api/v2/connections/102',
      '200 /api/v2/connections/103',
      '200 /api/v2/connections/104',
    ]);
  });

  it('a call arriving during the pause is held too, even with free connection slots', async () => {
    const clock = new FakeClock();
    const h = await harness(clock);
    h.sim.injectFault({ kind: 'rate-limit', route: ROUTE, retryAfterSeconds: 5 });
    const first = h.call('connections_get', { connectionId: 101 });
    await vi.waitFor(() => expect(clock.sleepers).toBe(1));
    await clock.advance(2_000);
    const second = h.call('connections_list', { teamId: 22 });
    await vi.waitFor(() => expect(clock.sleepers).toBe(2));
    await clock.advance(2_999);
    expect(h.sim.requests).toHaveLength(1);
    await clock.advance(1);
    await Promise.all([first, second]);
    expect(h.sim.requests.map((r) => r.status)).toEqual([429, 200, 200]);
  });
});
