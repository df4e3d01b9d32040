// The rate limit shared by replicas, against a real redis-server: each limiter here is one "replica".
import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/http/clock.js';
import { MAX_PAUSE_MS, RateLimitWait, type LimiterOptions } from '../../src/http/rate-limit.js';
import {
  rateLimitKey,
  redactRedisUrl,
  SharedRateLimiter,
  type SharedLimitOptions,
} from '../../src/http/shared-rate-limit.js';
import { ALL_SCOPES } from '../../src/simulator/index.js';
import { startHarness } from '../helpers/harness.js';
import { startRedis, type RedisServer } from '../helpers/redis.js';

const PASSWORD = 'pw-9c41e07b-must-never-appear';

let redis: RedisServer;
let inspector: ReturnType<typeof createClient>;
const opened: SharedRateLimiter[] = [];
let keys = 0;

beforeAll(async () => {
  redis = await startRedis({ password: PASSWORD });
  inspector = createClient({ url: redis.url });
  await inspector.connect();
});

afterAll(async () => {
  await Promise.all(opened.map((l) => l.close()));
  await inspector?.close();
  await redis?.stop();
});

/** One replica. Replicas made with the same `key` share a window; each test takes a fresh key. */
function replica(
  options: Partial<LimiterOptions> = {},
  shared: Partial<SharedLimitOptions> & { logs?: string[] } = {},
) {
  const { logs = [], ...rest } = shared;
  const limiter = new SharedRateLimiter(
    { limit: 3, windowMs: 60_000, maxWaitMs: 20_000, clock: systemClock, ...options },
    { url: redis.url, key: `test:${keys}`, log: (line) => logs.push(line), ...rest },
  );
  opened.push(limiter);
  return limiter;
}

const outcome = (p: Promise<void>) =>
  p.then(
    () => 'sent' as const,
    (e: unknown) => e,
  );
const warnings = (logs: string[]) => logs.filter((l) => l.startsWith('warning:'));

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await check()); i++) await systemClock.sleep(10);
  expect(await check()).toBe(true);
}

/** The largest number of sends inside any window of `windowMs`. */
function busiestWindow(times: number[], windowMs: number): number {
  return Math.max(0, ...times.map((t) => times.filter((u) => u >= t && u < t + windowMs).length));
}

describe('SharedRateLimiter with a real Redis', () => {
  it('lets two replicas together send no more than the limit, and refuses the rest with the shared wait', async () => {
    keys++;
    const a = replica({ limit: 4, maxWaitMs: 1_000 });
    const b = replica({ limit: 4, maxWaitMs: 1_000 });
    const results = await Promise.all([a, b, a, b, a, b, a, b].map((r) => outcome(r.acquire())));
    expect(results.filter((r) => r === 'sent')).toHaveLength(4);
    const refused = results.filter((r) => r !== 'sent');
    expect(refused).toHaveLength(4);
    for (const r of refused) {
      expect(r).toBeInstanceOf(RateLimitWait);
      expect((r as RateLimitWait).waitMs).toBeGreaterThan(59_000);
    }
    // the window lives in Redis, under the key given, with an expiry
    expect(await inspector.zCard(`test:${keys}:window`)).toBe(4);
    expect(await inspector.pTTL(`test:${keys}:window`)).toBeGreaterThan(59_000);
  });

  it('queues calls of both replicas for later slots without ever putting more than the limit in a window', async () => {
    keys++;
    const a = replica({ limit: 2, windowMs: 1_000, maxWaitMs: 10_000 });
    const b = replica({ limit: 2, windowMs: 1_000, maxWaitMs: 10_000 });
    const sent: number[] = [];
    await Promise.all([a, b, a, b, a, b].map((r) => r.acquire().then(() => sent.push(Date.now()))));
    expect(sent).toHaveLength(6);
    expect(busiestWindow(sent, 1_000)).toBe(2);
  });

  it("pauses every replica after one replica's 429", async () => {
    keys++;
    const a = replica({ limit: 100 });
    const b = replica({ limit: 100, maxWaitMs: 1_000 });
    await a.acquire();
    a.pause(30_000);
    expect(await outcome(a.acquire())).toBeInstanceOf(RateLimitWait); // its own next call waits for the pause too
    const error = await outcome(b.acquire());
    expect(error).toBeInstanceOf(RateLimitWait);
    expect((error as RateLimitWait).waitMs).toBeGreaterThan(29_000);
    expect(await inspector.pTTL(`test:${keys}:pause`)).toBeGreaterThan(29_000);
    // a shorter pause does not cut the longer one short
    b.pause(5_000);
    expect(await outcome(b.acquire())).toBeInstanceOf(RateLimitWait);
    expect(await inspector.pTTL(`test:${keys}:pause`)).toBeGreaterThan(25_000);
  });

  it('caps a pause in Redis too, with an expiry no longer than the cap; an absurd one is no Redis failure', async () => {
    keys++;
    const logs: string[] = [];
    const a = replica({ limit: 100, maxWaitMs: 1_000 }, { logs });
    await a.acquire();
    a.pause(Number('1'.repeat(30)));
    const error = await outcome(a.acquire());
    expect((error as RateLimitWait).waitMs).toBeLessThanOrEqual(MAX_PAUSE_MS);
    const ttl = await inspector.pTTL(`test:${keys}:pause`);
    expect(ttl).toBeGreaterThan(MAX_PAUSE_MS - 5_000);
    expect(ttl).toBeLessThanOrEqual(MAX_PAUSE_MS);
    expect(warnings(logs)).toEqual([]);
  });

  it('reads a pause beyond the cap left in Redis (by an older version) as the cap, and replaces it', async () => {
    keys++;
    const key = `test:${keys}:pause`;
    await inspector.set(key, String(Date.now() + 1e12), { PX: 1e12 });
    const a = replica({ limit: 100, maxWaitMs: 1_000 });
    const error = await outcome(a.acquire());
    expect((error as RateLimitWait).waitMs).toBeLessThanOrEqual(MAX_PAUSE_MS);
    a.pause(2_000);
    await until(async () => (await inspector.pTTL(key)) <= 2_000);
  });

  it('sends a queued call to the back of the queue when another replica is paused while it waits', async () => {
    keys++;
    const a = replica({ limit: 1, windowMs: 1_000, maxWaitMs: 5_000 });
    const b = replica({ limit: 1, windowMs: 1_000, maxWaitMs: 5_000 });
    await a.acquire();
    const queued = outcome(b.acquire()); // its slot is ~1.25 s away
    await until(async () => (await inspector.zCard(`test:${keys}:window`)) === 2);
    a.pause(20_000);
    const result = await queued;
    // after its wait the call found the pause, gave its slot back and, 20 s being past maxWait, was refused
    expect(result).toBeInstanceOf(RateLimitWait);
    expect((result as RateLimitWait).waitMs).toBeGreaterThan(17_000);
  });

  it("gives a cancelled call's reservation back to every replica", async () => {
    keys++;
    const a = replica({ limit: 1, maxWaitMs: 200_000 });
    const b = replica({ limit: 1, maxWaitMs: 200_000 });
    const c = replica({ limit: 1, maxWaitMs: 1_000 });
    await a.acquire();
    const cancel = new AbortController();
    const queued = outcome(b.acquire(cancel.signal));
    await until(async () => (await inspector.zCard(`test:${keys}:window`)) === 2);
    // with b's reservation, the next free slot is two windows away
    expect(((await outcome(c.acquire())) as RateLimitWait).waitMs).toBeGreaterThan(119_000);
    cancel.abort();
    expect(await queued).not.toBe('sent');
    await until(async () => (await inspector.zCard(`test:${keys}:window`)) === 1);
    const wait = ((await outcome(c.acquire())) as RateLimitWait).waitMs;
    expect(wait).toBeGreaterThan(50_000); // a's slot leaving the window: one window away, no longer two
    expect(wait).toBeLessThan(61_000);
  });
});

describe('SharedRateLimiter when Redis fails', () => {
  it("falls back to this process's window when Redis is killed, warns once without the password, and comes back", async () => {
    const own = await startRedis({ password: PASSWORD });
    try {
      keys++;
      const logs: string[] = [];
      const limiter = new SharedRateLimiter(
        { limit: 100, windowMs: 60_000, maxWaitMs: 1_000, clock: systemClock },
        { url: own.url, key: `test:${keys}`, log: (line) => logs.push(line), retryMs: 300 },
      );
      opened.push(limiter);
      const look = createClient({ url: own.url });
      await look.connect();
      await limiter.acquire();
      expect(await look.zCard(`test:${keys}:window`)).toBe(1);
      look.destroy();

      await own.stop();
      for (let i = 0; i < 5; i++) await limiter.acquire(); // served by the local window, none refused
      expect(warnings(logs)).toHaveLength(1);
      expect(warnings(logs)[0]).toContain(`Redis at redis://127.0.0.1:${own.port} is unreachable`);
      expect(logs.join('\n')).not.toContain(PASSWORD);

      await own.restart();
      await systemClock.sleep(350);
      await limiter.acquire(); // past retryMs: tries Redis again, and it answers
      const again = createClient({ url: own.url });
      await again.connect();
      expect(await again.zCard(`test:${keys}:window`)).toBe(1);
      again.destroy();
      expect(logs.at(-1)).toContain('reachable again');
      expect(warnings(logs)).toHaveLength(1);
    } finally {
      await own.stop();
    }
  });

  it('counts alone from the start when Redis is not there, still honouring the limit', async () => {
    const absent = await startRedis();
    await absent.stop(); // a port where nothing listens
    const logs: string[] = [];
    const limiter = new SharedRateLimiter(
      { limit: 1, windowMs: 60_000, maxWaitMs: 1_000, clock: systemClock },
      { url: absent.url, key: 'test:absent', log: (line) => logs.push(line) },
    );
    opened.push(limiter);
    await limiter.acquire();
    expect(await outcome(limiter.acquire())).toBeInstanceOf(RateLimitWait);
    expect(warnings(logs)).toHaveLength(1);
    expect(warnings(logs)[0]).toContain('unreachable');
  });

  it('does not hang when Redis stops answering, neither a command nor a new connection: the process counts alone', async () => {
    const own = await startRedis({ password: PASSWORD });
    try {
      const make = (logs: string[]) => {
        const limiter = new SharedRateLimiter(
          { limit: 100, windowMs: 60_000, maxWaitMs: 1_000, clock: systemClock },
          {
            url: own.url,
            key: 'test:frozen',
            log: (line) => logs.push(line),
            commandTimeoutMs: 200,
            connectTimeoutMs: 200,
          },
        );
        opened.push(limiter);
        return limiter;
      };
      const connected: string[] = [];
      const running = make(connected);
      await running.acquire();
      own.freeze(); // the port still accepts connections; nothing is answered
      await running.acquire();
      await running.acquire();
      expect(warnings(connected)).toHaveLength(1);
      expect(warnings(connected)[0]).toContain('no answer within 200 ms');

      const starting: string[] = [];
      await make(starting).acquire(); // its AUTH is never answered
      expect(warnings(starting)).toHaveLength(1);
    } finally {
      own.thaw();
      await own.stop();
    }
  });
});

describe("the key of an organization's window", () => {
  const token = 'tok-5be1a0d2-must-never-reach-redis';

  it('is the API host and the organization, or a hash of the token, never the token itself', () => {
    expect(rateLimitKey('https://eu1.make.com/api/v2', 11, token)).toBe('make-mcp:{eu1.make.com:org:11}');
    const hashed = rateLimitKey('https://eu1.make.com/api/v2', undefined, token);
    expect(hashed).toMatch(/^make-mcp:\{eu1\.make\.com:token:[0-9a-f]{32}\}$/);
    expect(hashed).not.toContain(token);
    expect(rateLimitKey('https://eu1.make.com/api/v2', undefined, `${token}x`)).not.toBe(hashed);
    expect(redactRedisUrl(`rediss://user:${PASSWORD}@cache.internal:6380/2`)).toBe('rediss://cache.internal:6380/2');
  });

  it('is what a server started with MAKE_REDIS_URL writes to Redis, the token nowhere in it', async () => {
    await inspector.flushAll();
    const h = await startHarness({
      token,
      sim: { tokens: { [token]: ALL_SCOPES } },
      config: { apiKey: token, redisUrl: redis.url, organization: undefined },
    });
    try {
      expect((await h.call('users_me')).isError).toBeFalsy();
      const stored = await inspector.keys('*');
      expect(stored).toEqual([`${rateLimitKey(h.config.baseUrl, undefined, token)}:window`]);
      expect(stored.join()).not.toContain(token);
      expect(await inspector.zCard(stored[0])).toBe(2); // the scope lookup at start and the call
      expect(h.logs.join('\n')).toContain(`shared through Redis at redis://127.0.0.1:${redis.port}`);
      expect(h.logs.join('\n')).not.toContain(PASSWORD);
    } finally {
      await h.close();
    }
  });
});
