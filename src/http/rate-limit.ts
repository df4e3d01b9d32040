// Make counts requests per organization in a sliding window of one minute. This limiter keeps the
// send times of the last window (and of calls already queued for a future slot) so that no window
// ever holds more than `limit` sends — a token bucket's burst could exceed Make's sliding count.
import type { Clock } from './clock.js';

/**
 * Every pause after a 429 lies between these, whatever Make (or a proxy in between) asked for: Make's limits are
 * per minute, so a wait of more than a few minutes is a broken header, not a limit; and "0" would let the next
 * call go straight into another 429 (and tell the model to wait 0 s).
 */
export const MIN_PAUSE_MS = 1_000;
export const MAX_PAUSE_MS = 5 * 60_000;

export function boundedPauseMs(ms: number): number {
  return Number.isFinite(ms) ? Math.min(MAX_PAUSE_MS, Math.max(MIN_PAUSE_MS, Math.ceil(ms))) : MAX_PAUSE_MS;
}

export class RateLimitWait extends Error {
  constructor(
    readonly waitMs: number,
    readonly limit: number,
  ) {
    super(`rate limit reached; next slot in ${Math.ceil(waitMs / 1000)} s`);
  }
}

/** What the client needs of a rate limiter: the in-process window below, or one shared by replicas (shared-rate-limit.ts). */
export interface RateLimiter {
  readonly limit: number;
  setLimit(limit: number): void;
  /** After a 429: no call is sent before `ms` from now, bounded by boundedPauseMs. */
  pause(ms: number): void;
  /** Resolves when a request may be sent; rejects with RateLimitWait when that is too far away. */
  acquire(signal?: AbortSignal): Promise<void>;
  close?(): Promise<void>;
}

export interface LimiterOptions {
  limit: number;
  windowMs: number;
  /** A call that would wait longer than this is refused at once (RateLimitWait) instead of queued. */
  maxWaitMs: number;
  clock: Clock;
}

export class SlidingWindowLimiter implements RateLimiter {
  private slots: number[] = []; // send times, ascending; future ones are reservations of queued calls
  private pausedUntil = 0;

  constructor(private readonly options: LimiterOptions) {}

  get limit(): number {
    return this.options.limit;
  }

  setLimit(limit: number): void {
    this.options.limit = limit;
  }

  /** After a 429: no call is sent before `ms` (bounded) from now. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.options.clock.now() + boundedPauseMs(ms));
  }

  /** Resolves when a request may be sent; rejects with RateLimitWait when that is too far away. */
  async acquire(signal?: AbortSignal): Promise<void> {
    const { clock, maxWaitMs, limit } = this.options;
    const windowMs = guardedWindowMs(this.options.windowMs);
    for (;;) {
      const now = clock.now();
      while (this.slots.length > 0 && this.slots[0] <= now - windowMs) this.slots.shift();
      let at = Math.max(now, this.pausedUntil, this.slots.at(-1) ?? 0);
      if (this.slots.length >= limit) at = Math.max(at, this.slots[this.slots.length - limit] + windowMs);
      if (at - now > maxWaitMs) throw new RateLimitWait(at - now, limit);
      this.slots.push(at);
      if (at > now) {
        try {
          await clock.sleep(at - now, signal);
        } catch (err) {
          this.release(at);
          throw err;
        }
      }
      if (clock.now() >= this.pausedUntil) return;
      this.release(at); // a 429 arrived while we waited: queue again behind the pause
    }
  }

  private release(slot: number): void {
    const index = this.slots.lastIndexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
  }
}

/** Make counts a request when it arrives, we when we send it: a guard absorbs the difference in latency. */
export function guardedWindowMs(windowMs: number): number {
  return windowMs + Math.max(250, windowMs * 0.01);
}
