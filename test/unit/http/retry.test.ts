// The retry policy's exact edges: which failures are worth another try, for which methods, how long to back
// off, and how Retry-After is read.
import { describe, expect, it } from 'vitest';
import type { Method } from '../../../src/endpoint.js';
import {
  backoffMs,
  defaultRetryPolicy,
  isSafeToResend,
  isTransient,
  parseRetryAfter,
  type AttemptFailure,
} from '../../../src/http/retry.js';

const METHODS: Method[] = ['GET', 'PUT', 'DELETE', 'POST', 'PATCH'];

describe('retry policy', () => {
  it('re-sends 502/503/504, timeouts and resets only for GET, PUT and DELETE', () => {
    for (const failure of [
      { kind: 'status', status: 503 },
      { kind: 'timeout' },
      { kind: 'network', sent: true },
    ] as const) {
      expect(isSafeToResend('GET', failure)).toBe(true);
      expect(isSafeToResend('PUT', failure)).toBe(true);
      expect(isSafeToResend('DELETE', failure)).toBe(true);
      expect(isSafeToResend('POST', failure)).toBe(false);
      expect(isSafeToResend('PATCH', failure)).toBe(false);
    }
  });
  it('re-sends any method when the connection failed before anything was sent', () => {
    expect(isSafeToResend('POST', { kind: 'network', sent: false })).toBe(true);
  });
  it('treats client errors as final', () => {
    expect(isTransient({ kind: 'status', status: 400 })).toBe(false);
    expect(isTransient({ kind: 'status', status: 500 })).toBe(false);
    expect(isTransient({ kind: 'status', status: 502 })).toBe(true);
  });
  it('backs off exponentially with jitter, capped', () => {
    const low = { ...defaultRetryPolicy, random: () => 0 };
    const high = { ...defaultRetryPolicy, random: () => 1 };
    expect(backoffMs(1, high)).toBe(500);
    expect(backoffMs(2, high)).toBe(1000);
    expect(backoffMs(2, low)).toBe(500);
    expect(backoffMs(10, high)).toBe(8000);
  });
  it('reads Retry-After as seconds or a date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('isTransient', () => {
  it('only 502, 503 and 504 among statuses', () => {
    const transient = [400, 404, 429, 500, 501, 502, 503, 504, 505].filter((status) =>
      isTransient({ kind: 'status', status }),
    );
    expect(transient).toEqual([502, 503, 504]);
  });
  it('every timeout and network failure', () => {
    expect(isTransient({ kind: 'timeout' })).toBe(true);
    expect(isTransient({ kind: 'network', sent: true })).toBe(true);
    expect(isTransient({ kind: 'network', sent: false })).toBe(true);
  });
});

describe('isSafeToResend', () => {
  const safeFor = (failure: AttemptFailure) => METHODS.filter((m) => isSafeToResend(m, failure));
  it('nothing sent: every method', () => {
    expect(safeFor({ kind: 'network', sent: false })).toEqual(METHODS);
  });
  it('maybe sent: GET, PUT and DELETE only', () => {
    expect(safeFor({ kind: 'network', sent: true })).toEqual(['GET', 'PUT', 'DELETE']);
    expect(safeFor({ kind: 'timeout' })).toEqual(['GET', 'PUT', 'DELETE']);
    expect(safeFor({ kind: 'status', status: 504 })).toEqual(['GET', 'PUT', 'DELETE']);
  });
  it("Make's own answer: never", () => {
    expect(safeFor({ kind: 'status', status: 500 })).toEqual([]);
    expect(safeFor({ kind: 'status', status: 404 })).toEqual([]);
  });
});

describe('backoffMs', () => {
  const policy = (random: number) => ({
    ...defaultRetryPolicy,
    baseDelayMs: 100,
    maxDelayMs: 1_000,
    random: () => random,
  });
  it('doubles per attempt from the base, with jitter between half and all of it', () => {
    expect([1, 2, 3, 4].map((a) => backoffMs(a, policy(1)))).toEqual([100, 200, 400, 800]);
    expect([1, 2, 3, 4].map((a) => backoffMs(a, policy(0)))).toEqual([50, 100, 200, 400]);
    expect(backoffMs(1, policy(0.3))).toBe(65);
    expect(backoffMs(3, policy(0.5))).toBe(300);
  });
  it('is capped at maxDelay', () => {
    expect(backoffMs(5, policy(1))).toBe(1_000);
    expect(backoffMs(30, policy(0))).toBe(500);
  });
  it('rounds to whole milliseconds', () => {
    expect(backoffMs(1, policy(0.333))).toBe(67);
  });
  it('defaults: 3 attempts, 500 ms to 8 s', () => {
    expect(defaultRetryPolicy).toMatchObject({ maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 8000 });
    expect(defaultRetryPolicy.random).toBe(Math.random);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads whole and fractional seconds, trimmed', () => {
    expect(parseRetryAfter('12', now)).toBe(12_000);
    expect(parseRetryAfter(' 7 ', now)).toBe(7_000);
    expect(parseRetryAfter('1.5', now)).toBe(1_500);
    expect(parseRetryAfter('1.25', now)).toBe(1_250);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('0.0004', now)).toBe(0);
  });
  it('reads an HTTP date as the time left, never negative', () => {
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    for (const value of [
      'x7',
      '7x',
      '1x5',
      '7s',
      'soon',
      '',
      undefined,
      null,
      '-1',
      '-30',
      '+5',
      '1e3',
      '2026-01-01T00:00:30Z',
      'Thu, 01 Jan 2026 00:00:30 UTC',
      '1 Jan 2026',
    ]) {
      expect(parseRetryAfter(value, now), String(value)).toBeUndefined();
    }
  });
});
