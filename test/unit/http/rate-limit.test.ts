import { describe, expect, it } from 'vitest';
import { RateLimitWait, SlidingWindowLimiter } from '../../../src/http/rate-limit.js';
import { FakeClock } from '../../helpers/fake-clock.js';

function setup(limit = 3, maxWaitMs = 20_000) {
  const clock = new FakeClock();
  const limiter = new SlidingWindowLimiter({ limit, windowMs: 60_000, maxWaitMs, clock });
  const sent: number[] = [];
  const call = () => limiter.acquire().then(() => sent.push(clock.now()));
  return { clock, limiter, sent, call };
}

/** The largest number of sends inside any window of `windowMs`. */
function busiestWindow(times: number[], windowMs: number): number {
  return Math.max(0, ...times.map((t) => times.filter((u) => u >= t && u < t + windowMs).length));
}

describe('SlidingWindowLimiter', () => {
  it("lets `limit` calls through at once, queues the next for the window's end", async () => {
    const { clock, sent, call } = setup(3, 120_000);
    const start = clock.now();
    const calls = [call(), call(), call(), call()];
    await clock.advance(0);
    expect(sent).toHaveLength(3);
    await clock.advance(59_000);
    expect(sent).toHaveLength(3);
    await clock.advance(2_000);
    await Promise.all(calls);
    expect(sent).toHaveLength(4);
    expect(sent[3] - start).toBeGreaterThanOrEqual(60_000);
  });

  it('never allows more than `limit` sends in any window under a steady stream', async () => {
    const { clock, sent, call } = setup(5, 1_000_000);
    const calls: Promise<unknown>[] = [];
    for (let i = 0; i < 40; i++) {
      calls.push(call());
      await clock.advance(7_000);
    }
    await clock.advance(1_000_000);
    await Promise.all(calls);
    expect(sent).toHaveLength(40);
    expect(busiestWindow(sent, 60_000)).toBeLessThanOrEqual(5);
  });

  it('refuses at once, with the wait, when the next slot is further than maxWait', async () => {
    const { clock, call, limiter } = setup(2, 20_000);
    await Promise.all([call(), call()]);
    const error = await limiter.acquire().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitWait);
    expect((error as RateLimitWait).waitMs).toBeGreaterThan(59_000);
    await clock.advance(45_000);
    // now the next slot is ~15 s away: within maxWait, so the call waits instead of failing
    const late = call();
    await clock.advance(16_000);
    await late;
  });

  it('holds every queued call during a pause after a 429', async () => {
    const { clock, sent, call, limiter } = setup(100);
    limiter.pause(5_000);
    const calls = [call(), call()];
    await clock.advance(4_000);
    expect(sent).toHaveLength(0);
    await clock.advance(1_500);
    await Promise.all(calls);
    expect(sent).toHaveLength(2);
  });

  it('re-queues a call whose slot came up during a pause that started after it queued', async () => {
    const { clock, sent, call, limiter } = setup(1, 100_000);
    await call();
    const queued = call(); // slot at +60.6 s
    await clock.advance(30_000);
    limiter.pause(50_000); // Make said 429: nothing before +80 s
    await clock.advance(31_000);
    expect(sent).toHaveLength(1);
    await clock.advance(20_000);
    await queued;
    expect(sent[1]).toBeGreaterThanOrEqual(sent[0] + 80_000);
  });
});
