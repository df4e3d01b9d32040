// When a failed attempt may be sent again, and after how long. Pure.
import type { Method } from '../endpoint.js';

export type AttemptFailure =
  | { kind: 'status'; status: number }
  /** `sent: false` when the connection failed before the request left (nothing can have happened). */
  | { kind: 'network'; sent: boolean }
  | { kind: 'timeout' };

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  random: () => number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  random: Math.random,
};

const IDEMPOTENT = new Set<Method>(['GET', 'PUT', 'DELETE']);
const TRANSIENT_STATUS = new Set([502, 503, 504]);

/** Whether this failure is worth another try at all (a 400 never is). */
export function isTransient(failure: AttemptFailure): boolean {
  return failure.kind !== 'status' || TRANSIENT_STATUS.has(failure.status);
}

/** True when Make cannot have acted, or acting twice is harmless. 429s are handled by the limiter. */
export function isSafeToResend(method: Method, failure: AttemptFailure): boolean {
  if (failure.kind === 'network' && !failure.sent) return true;
  return IDEMPOTENT.has(method) && isTransient(failure);
}

/** Exponential backoff with jitter: between half and all of base·2^(attempt-1), capped. */
export function backoffMs(attempt: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling * (0.5 + policy.random() / 2));
}

/** An HTTP date as RFC 9110 writes it (IMF-fixdate): anything else — "-1", "soon", a bare year — is no date. */
const HTTP_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * Retry-After as seconds or an HTTP date, in milliseconds from now (a date already past is 0); undefined when
 * absent or unreadable, negative numbers included, so the caller falls back to its own backoff. Not capped here:
 * the limiter bounds every pause (boundedPauseMs).
 */
export function parseRetryAfter(value: string | undefined | null, nowMs: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  if (!HTTP_DATE.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
