// Retry-After read strictly and every pause bounded: an absurd value is cut to the cap, a negative or garbled one
// counts as absent (our own pause), and "0" does not send the next call straight into another 429.
import { afterEach, describe, expect, it } from 'vitest';
import { MakeClient } from '../../src/http/client.js';
import { MAX_PAUSE_MS, RateLimitWait } from '../../src/http/rate-limit.js';
import { FakeClock } from '../helpers/fake-clock.js';
import { startRawMake, type RawMake } from '../helpers/raw-make.js';

const FALLBACK_MS = 7_000;
let make: RawMake | undefined;
let client: MakeClient | undefined;
afterEach(async () => {
  await client?.close();
  await make?.close();
  make = client = undefined;
});

/** One 429 with this Retry-After: what the model is told, and how long the next call would wait. */
async function after429(retryAfter: string): Promise<{ waitSeconds: number; nextWaitMs: number; sent: number }> {
  make = await startRawMake({
    status: 429,
    body: '{"message":"Too many requests"}',
    headers: { 'content-type': 'application/json', 'retry-after': retryAfter },
  });
  const clock = new FakeClock();
  client = new MakeClient({
    baseUrl: make.baseUrl,
    apiKey: 'k',
    clock,
    rateLimitPauseMs: FALLBACK_MS,
    maxWaitMs: 0,
    retry: { maxAttempts: 1 },
  });
  const outcome = await client.send({ method: 'POST', path: '/scenarios/1/run', body: {} }, { scope: null });
  if (outcome.ok || outcome.failure.kind !== 'rate-limited')
    throw new Error(`expected rate-limited, got ${JSON.stringify(outcome)}`);
  const next = await client.limiter.acquire().then(
    () => 0,
    (err: unknown) => (err as RateLimitWait).waitMs,
  );
  return { waitSeconds: outcome.failure.waitSeconds, nextWaitMs: next, sent: make.requests.length };
}

describe('Retry-After from Make (or a proxy)', () => {
  it.each([
    ['999999', MAX_PAUSE_MS],
    ['1'.repeat(30), MAX_PAUSE_MS],
    ['Fri, 31 Dec 2100 23:59:59 GMT', MAX_PAUSE_MS],
    ['-1', FALLBACK_MS],
    ['-999999', FALLBACK_MS],
    ['soon', FALLBACK_MS],
    ['1e9', FALLBACK_MS],
    ['0', 1_000],
    ['12', 12_000],
  ])('%s: the model is told the bounded wait, and the next call waits just that', async (header, pauseMs) => {
    const { waitSeconds, nextWaitMs, sent } = await after429(header);
    expect(waitSeconds).toBe(pauseMs / 1000);
    expect(nextWaitMs).toBe(pauseMs);
    expect(sent).toBe(1);
  });
});
