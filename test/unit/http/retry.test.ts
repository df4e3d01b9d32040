import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  defaultRetryPolicy,
  isSafeToResend,
  isTransient,
  parseRetryAfter,
} from '../../../src/http/retry.js';

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
