// The sliding window on the fake clock: calls through at once, queued or refused; its exact edges (the latency
// guard, the maxWait bound, pauses that only ever grow, slots given back when a queued call is abandoned); and the
// bounds of every pause after a 429.
import { describe, expect, it, vi } from 'vitest';
import {
  boundedPauseMs,
  MAX_PAUSE_MS,
  MIN_PAUSE_MS,
  RateLimitWait,
  SlidingWindowLimiter,
} from '../../../src/http/rate-limit.js';
import { FakeClock } from '../../helpers/fake-clock.js';

// a one-minute window; `sent` holds the clock's own times
function minuteWindow(limit = 3, maxWaitMs = 20_000) {
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
    const { clock, sent, call } = minuteWindow(3, 120_000);
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
    const { clock, sent, call } = minuteWindow(5, 1_000_000);
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
    const { clock, call, limiter } = minuteWindow(2, 20_000);
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
    const { clock, sent, call, limiter } = minuteWindow(100);
    limiter.pause(5_000);
    const calls = [call(), call()];
    await clock.advance(4_000);
    expect(sent).toHaveLength(0);
    await clock.advance(1_500);
    await Promise.all(calls);
    expect(sent).toHaveLength(2);
  });

  it('re-queues a call whose slot came up during a pause that started after it queued', async () => {
    const { clock, sent, call, limiter } = minuteWindow(1, 100_000);
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

function setup(limit: number, windowMs = 60_000, maxWaitMs = 1_000_000) {
  const clock = new FakeClock();
  const limiter = new SlidingWindowLimiter({ limit, windowMs, maxWaitMs, clock });
  const start = clock.now();
  const sent: number[] = [];
  const call = (signal?: AbortSignal) => limiter.acquire(signal).then(() => sent.push(clock.now() - start));
  return { clock, limiter, sent, call };
}

describe('the latency guard', () => {
  it('a full window frees its first slot 1% of the window later (60.6 s for a minute)', async () => {
    const { clock, sent, call } = setup(1);
    await call();
    const next = call();
    await clock.advance(60_599);
    expect(sent).toEqual([0]);
    await clock.advance(1);
    await next;
    expect(sent).toEqual([0, 60_600]);
  });
  it('at least 250 ms for a short window', async () => {
    const { clock, sent, call } = setup(1, 1_000);
    await call();
    const next = call();
    await clock.advance(10_000);
    await next;
    expect(sent).toEqual([0, 1_250]);
  });
  it('a slot that has left the window is free again', async () => {
    const { clock, sent, call } = setup(2);
    await call();
    await clock.advance(30_000);
    await call();
    await clock.advance(30_600); // the first has left the (guarded) window; the second has not
    await call();
    const fourth = call();
    await clock.advance(100_000);
    await fourth;
    expect(sent).toEqual([0, 30_000, 60_600, 90_600]);
  });
});

describe('maxWait', () => {
  it('a wait of exactly maxWait is queued; a longer one is refused with its length and the limit', async () => {
    const exact = setup(1, 60_000, 60_600);
    await exact.call();
    const queued = exact.call();
    await exact.clock.advance(60_600);
    await queued;
    expect(exact.sent).toEqual([0, 60_600]);

    const short = setup(1, 60_000, 60_599);
    await short.call();
    const error = await short.limiter.acquire().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitWait);
    expect(error).toMatchObject({ waitMs: 60_600, limit: 1, message: 'rate limit reached; next slot in 61 s' });
  });
  it('a refused call takes no slot', async () => {
    const { clock, limiter, sent, call } = setup(1, 60_000, 1_000);
    await call();
    await expect(limiter.acquire()).rejects.toBeInstanceOf(RateLimitWait);
    await expect(limiter.acquire()).rejects.toMatchObject({ waitMs: 60_600 });
    await clock.advance(60_600);
    await call();
    expect(sent).toEqual([0, 60_600]);
  });
});

describe('pauses', () => {
  it('a shorter pause never cuts a longer one short', async () => {
    const { clock, limiter, sent, call } = setup(100);
    limiter.pause(10_000);
    limiter.pause(1_000);
    const next = call();
    await clock.advance(9_999);
    expect(sent).toEqual([]);
    await clock.advance(1);
    await next;
    expect(sent).toEqual([10_000]);
  });
  it('a pause beyond maxWait refuses with the time left', async () => {
    const { clock, limiter } = setup(100, 60_000, 5_000);
    limiter.pause(8_000);
    await clock.advance(2_000);
    await expect(limiter.acquire()).rejects.toMatchObject({ waitMs: 6_000, limit: 100 });
  });
  it('a call that ends its wait exactly when the pause ends is sent then', async () => {
    const { clock, limiter, sent, call } = setup(100);
    limiter.pause(5_000);
    const next = call();
    await clock.advance(5_000);
    await next;
    expect(sent).toEqual([5_000]);
  });
});

describe('abandoned waits', () => {
  it('give their slot back, so the next call is not pushed a window later', async () => {
    const { clock, sent, call } = setup(1, 60_000, 100_000);
    await call();
    const controller = new AbortController();
    const abandoned = call(controller.signal);
    await clock.advance(1_000);
    controller.abort(new Error('gone'));
    await expect(abandoned).rejects.toThrow('gone');
    const next = call();
    await clock.advance(59_600);
    await next;
    expect(sent).toEqual([0, 60_600]);
  });
  it("give back their own slot, not another queued call's", async () => {
    const { clock, sent, call } = setup(1, 60_000, 1_000_000);
    await call();
    const second = call(); // 60.6 s
    const controller = new AbortController();
    const third = call(controller.signal); // 121.2 s
    controller.abort();
    await expect(third).rejects.toBeDefined();
    const fourth = call(); // takes the third's place: 121.2 s, not 181.8 s
    await clock.advance(200_000);
    await Promise.all([second, fourth]);
    expect(sent).toEqual([0, 60_600, 121_200]);
  });
  it('give back the first slot in line too', async () => {
    const { clock, limiter, sent, call } = setup(1, 60_000, 1_000_000);
    limiter.pause(5_000);
    const controller = new AbortController();
    const abandoned = call(controller.signal); // the only slot: at 5 s
    controller.abort();
    await expect(abandoned).rejects.toBeDefined();
    const next = call();
    await clock.advance(5_000);
    await next;
    expect(sent).toEqual([5_000]);
  });
  it('never let a later call overtake one still queued', async () => {
    const { clock, sent, call } = setup(3, 60_000, 1_000_000);
    await Promise.all([call(), call(), call()]); // 0, 0, 0
    const gaveUp = [new AbortController(), new AbortController(), new AbortController()];
    const abandoned = gaveUp.map((c) => call(c.signal).catch(() => 'gave up')); // 60.6 s each
    const g = call(); // 121.2 s: behind them
    for (const c of gaveUp) c.abort();
    expect(await Promise.all(abandoned)).toEqual(['gave up', 'gave up', 'gave up']);
    const h = call(); // the window would allow 60.6 s, but g is queued before it
    await clock.advance(200_000);
    await Promise.all([g, h]);
    expect(sent).toEqual([0, 0, 0, 121_200, 121_200]);
  });
  it('a call already aborted takes no slot', async () => {
    const { clock, sent, call } = setup(1, 60_000, 1_000_000);
    await call();
    await expect(call(AbortSignal.abort())).rejects.toBeDefined();
    const next = call();
    await clock.advance(60_600);
    await next;
    expect(sent).toEqual([0, 60_600]);
  });
});

describe('memory', () => {
  // A long-running server sends for days: the window keeps only the sends still inside it.
  const slotsOf = (limiter: SlidingWindowLimiter) => (limiter as unknown as { slots: number[] }).slots;
  it('forgets each send once it has left the window, not before', async () => {
    const { clock, limiter, call } = setup(1_000);
    for (let i = 0; i < 50; i++) {
      await call();
      await clock.advance(10_000);
    }
    // sends at 0, 10 s, … 490 s; now 500 s: only those after 500 - 60.6 s are kept
    await call();
    expect(slotsOf(limiter)).toHaveLength(7);
    const at = clock.now();
    await clock.advance(60_600);
    await call(); // the send at `at` is exactly one guarded window old: gone
    expect(slotsOf(limiter)).toEqual([at + 60_600]);
  });
});

describe('setLimit', () => {
  it('changes how many fit in the window', async () => {
    const { limiter, sent, call } = setup(1);
    limiter.setLimit(3);
    expect(limiter.limit).toBe(3);
    await Promise.all([call(), call(), call()]);
    expect(sent).toEqual([0, 0, 0]);
  });
});

describe('boundedPauseMs: every pause after a 429 between 1 s and 5 minutes', () => {
  it('keeps a sane wait, lifts 0 to a second, and cuts an absurd one to the cap', () => {
    expect(boundedPauseMs(12_000)).toBe(12_000);
    expect(boundedPauseMs(0)).toBe(MIN_PAUSE_MS);
    expect(boundedPauseMs(999_999_000)).toBe(MAX_PAUSE_MS);
    expect(boundedPauseMs(Number('1'.repeat(30)) * 1000)).toBe(MAX_PAUSE_MS);
    expect(boundedPauseMs(Number.NaN)).toBe(MAX_PAUSE_MS);
    expect(MAX_PAUSE_MS).toBe(300_000);
  });

  it('holds in the limiter itself: a pause longer than the cap ends at the cap', async () => {
    const clock = new FakeClock();
    const limiter = new SlidingWindowLimiter({ limit: 10, windowMs: 60_000, maxWaitMs: 10 * 60_000, clock });
    limiter.pause(999_999_000);
    const sent = limiter.acquire();
    await vi.waitFor(() => expect(clock.sleepers).toBe(1));
    await clock.advance(MAX_PAUSE_MS);
    await sent; // resolved at the cap, not 11.6 days later
  });
});
