// The real clock's sleep: it ends, or is cut short by its signal, and leaves no listener behind. No test
// here measures time; the sleeps are of a millisecond or of an hour that is never waited for.
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../../src/http/clock.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('systemClock', () => {
  it('now() is the wall clock', () => {
    const before = Date.now();
    const now = systemClock.now();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('sleep resolves, and removes its abort listener', async () => {
    const controller = new AbortController();
    await expect(systemClock.sleep(1, controller.signal)).resolves.toBeUndefined();
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    await expect(systemClock.sleep(1)).resolves.toBeUndefined();
  });

  it("an abort ends a long sleep at once with the signal's reason", async () => {
    const controller = new AbortController();
    const sleeping = systemClock.sleep(3_600_000, controller.signal);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
  });

  it('an abort also clears the timer', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const sleeping = systemClock.sleep(3_600_000, controller.signal);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    await expect(sleeping).rejects.toBeInstanceOf(DOMException);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an already aborted signal rejects without sleeping or listening', async () => {
    const reason = new Error('already');
    const signal = AbortSignal.abort(reason);
    await expect(systemClock.sleep(3_600_000, signal)).rejects.toBe(reason);
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });
});
