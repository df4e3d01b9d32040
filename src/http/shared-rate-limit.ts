// One rate limit for every replica: the sliding window of rate-limit.ts kept in Redis, so that replicas behind a
// load balancer together stay under the organization's limit, and one replica's 429 pauses them all. Each
// decision is one Lua script, atomic in Redis, on Redis's own clock (TIME), so replicas' clocks never matter.
// Redis is an aid, never a single point of failure: when it cannot be reached this process counts alone (the
// in-process window), says so once on stderr, and tries Redis again later.
import { createHash, randomBytes } from 'node:crypto';
import {
  boundedPauseMs,
  guardedWindowMs,
  MAX_PAUSE_MS,
  RateLimitWait,
  SlidingWindowLimiter,
  type LimiterOptions,
  type RateLimiter,
} from './rate-limit.js';

export interface SharedLimitOptions {
  /** redis:// or rediss:// URL; may carry a password, which never appears in a message. */
  url: string;
  /** Prefix of this organization's keys: rateLimitKey(). */
  key: string;
  log: (line: string) => void;
  /** A Redis command slower than this counts as Redis being down: calls must not hang on it. */
  commandTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** After Redis failed, how long this process counts alone before trying Redis again. */
  retryMs?: number;
}

/**
 * Where an organization's window lives: the API host and the organization id, or a hash of the token when the
 * organization is unknown (the token itself never goes to Redis). The braces keep both keys in one Redis
 * Cluster slot, as a script touching two keys needs.
 */
export function rateLimitKey(baseUrl: string, organization: number | undefined, apiKey: string): string {
  const tokenHash = () => createHash('sha256').update(apiKey).digest('hex').slice(0, 32);
  const who = organization !== undefined ? `org:${organization}` : `token:${tokenHash()}`;
  return `make-mcp:{${new URL(baseUrl).host}:${who}}`;
}

/** The URL without credentials, for messages. */
export function redactRedisUrl(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname === '/' ? '' : u.pathname}`;
}

// KEYS[1]: sorted set of send times (ms, Redis clock), reservations of waiting calls included; KEYS[2]: pause end.
// ARGV: limit, window (guard included), max wait, a member unique to this call.
// Returns {1, ms to wait before sending} with the slot reserved, or {0, ms until a slot} when that is beyond max wait.
const ACQUIRE = script(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit, window, maxWait = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local at = math.max(now, math.min(tonumber(redis.call('GET', KEYS[2]) or '0') or 0, now + ${MAX_PAUSE_MS}))
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
if last[2] then at = math.max(at, tonumber(last[2])) end
local count = redis.call('ZCARD', KEYS[1])
if count >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
  at = math.max(at, tonumber(oldest[2]) + window)
end
if at - now > maxWait then return {0, at - now} end
redis.call('ZADD', KEYS[1], at, ARGV[4])
redis.call('PEXPIRE', KEYS[1], at - now + window)
return {1, at - now}
`);

// After a wait: 1 when no pause began meanwhile; else 0, and the call's slot is given up (it queues again).
const STILL_CLEAR = script(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if now >= math.min(tonumber(redis.call('GET', KEYS[2]) or '0') or 0, now + ${MAX_PAUSE_MS}) then return 1 end
redis.call('ZREM', KEYS[1], ARGV[1])
return 0
`);

// KEYS[2]: pause end; ARGV[1]: pause length. A shorter pause never cuts a longer one short; the key expires with it.
// A pause end further away than the cap (one written by an older version) counts as the cap: no pause outlives it.
const PAUSE = script(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ms = math.min(tonumber(ARGV[1]), ${MAX_PAUSE_MS})
local current = tonumber(redis.call('GET', KEYS[2]) or '0') or 0
if current > now + ${MAX_PAUSE_MS} then current = 0 end
if now + ms > current then redis.call('SET', KEYS[2], now + ms, 'PX', ms) end
return 1
`);

interface Script {
  text: string;
  sha1: string;
}

function script(text: string): Script {
  return { text, sha1: createHash('sha1').update(text).digest('hex') };
}

/** The part of node-redis's client used here. */
interface Redis {
  sendCommand<T>(args: string[]): Promise<T>;
  destroy(): void;
  close(): Promise<void>;
}

export class SharedRateLimiter implements RateLimiter {
  /** Counts when Redis cannot; also holds every pause, so falling back never forgets a 429. */
  private readonly local: SlidingWindowLimiter;
  private readonly keys: string[];
  private readonly shared: Required<SharedLimitOptions>;
  private readonly replica = randomBytes(6).toString('hex');
  private calls = 0;
  private redis?: Redis;
  private connecting?: Promise<void>;
  /** The last pause on its way to Redis: calls of this process wait for it, so none slips through before it lands. */
  private pausing: Promise<void> = Promise.resolve();
  private retryAt = 0;
  /** Whether the current outage has been reported: one warning per outage, not one per call. */
  private down = false;
  private closed = false;

  constructor(
    private readonly options: LimiterOptions,
    shared: SharedLimitOptions,
  ) {
    this.local = new SlidingWindowLimiter(options);
    this.shared = { commandTimeoutMs: 500, connectTimeoutMs: 1000, retryMs: 30_000, ...shared };
    this.keys = [`${shared.key}:window`, `${shared.key}:pause`];
    void this.connection(); // connect while the server starts, so the first call does not wait for it
  }

  get limit(): number {
    return this.options.limit;
  }

  setLimit(limit: number): void {
    this.options.limit = limit; // one options object: the local window reads it too
  }

  pause(ms: number): void {
    this.local.pause(ms);
    const redis = this.redis;
    if (redis) {
      this.pausing = this.run(redis, PAUSE, [String(boundedPauseMs(ms))]).then(
        () => {},
        (err: unknown) => this.lost(redis, err),
      );
    }
  }

  async acquire(signal?: AbortSignal): Promise<void> {
    await this.pausing;
    const redis = await this.connection();
    if (!redis) return this.local.acquire(signal);
    try {
      return await this.acquireShared(redis, signal);
    } catch (err) {
      if (err instanceof RateLimitWait || signal?.aborted) throw err;
      this.lost(redis, err);
      return this.local.acquire(signal);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.connecting;
    const redis = this.redis;
    this.redis = undefined;
    if (!redis) return;
    // Let a pause still on its way reach Redis, but never wait long on a Redis that does not answer.
    await within(redis.close(), this.shared.commandTimeoutMs).catch(() => {});
    drop(redis);
  }

  private async acquireShared(redis: Redis, signal?: AbortSignal): Promise<void> {
    const { limit, maxWaitMs, windowMs } = this.options;
    for (;;) {
      const member = `${this.replica}:${++this.calls}`;
      const args = [String(limit), String(guardedWindowMs(windowMs)), String(maxWaitMs), member];
      const [granted, waitMs] = await this.run<[number, number]>(redis, ACQUIRE, args);
      if (!granted) throw new RateLimitWait(waitMs, limit);
      if (waitMs <= 0) return;
      try {
        await this.options.clock.sleep(waitMs, signal);
      } catch (err) {
        // Cancelled while queued: give the slot back to every replica.
        this.command(redis, ['ZREM', this.keys[0], member]).catch(() => {});
        throw err;
      }
      if (await this.run<number>(redis, STILL_CLEAR, [member])) return;
    }
  }

  /** A script by its hash, sent in full only when Redis does not have it yet (first use, or after a restart). */
  private async run<T>(redis: Redis, script: Script, args: string[]): Promise<T> {
    try {
      return await this.command<T>(redis, ['EVALSHA', script.sha1, '2', ...this.keys, ...args]);
    } catch (err) {
      if (!String((err as Error)?.message).startsWith('NOSCRIPT')) throw err;
      return this.command<T>(redis, ['EVAL', script.text, '2', ...this.keys, ...args]);
    }
  }

  private command<T>(redis: Redis, args: string[]): Promise<T> {
    return within(redis.sendCommand<T>(args), this.shared.commandTimeoutMs);
  }

  /** The connected client, or undefined while this process counts alone. */
  private async connection(): Promise<Redis | undefined> {
    if (!this.redis && !this.connecting && !this.closed && this.options.clock.now() >= this.retryAt) {
      this.connecting = this.connect().finally(() => (this.connecting = undefined));
    }
    await this.connecting;
    return this.redis;
  }

  private async connect(): Promise<void> {
    const { url, connectTimeoutMs } = this.shared;
    let redis: Redis | undefined;
    try {
      // Loaded only here: a server without MAKE_REDIS_URL never pays for the Redis client.
      const { createClient } = await import('@redis/client');
      const client = createClient({
        url,
        // Fail at once rather than queue commands while disconnected; reconnecting is ours to schedule (retryMs).
        disableOfflineQueue: true,
        socket: { connectTimeout: connectTimeoutMs, reconnectStrategy: false },
        disableClientInfo: true,
        maintNotifications: 'disabled',
      });
      const created = client as unknown as Redis;
      redis = created;
      client.on('error', (err: unknown) => this.lost(created, err));
      await within(client.connect(), connectTimeoutMs);
    } catch (err) {
      this.lost(redis, err);
      return;
    }
    if (this.closed) return drop(redis);
    this.redis = redis;
    if (this.down)
      this.shared.log(`Redis at ${redactRedisUrl(url)} is reachable again: the rate limit is shared again`);
    this.down = false;
  }

  /** Redis failed: drop the connection, count alone until retryMs has passed, and say so once per outage. */
  private lost(redis: Redis | undefined, err: unknown): void {
    if (this.redis !== undefined && this.redis !== redis) return; // an old connection's late error
    this.redis = undefined;
    if (redis) drop(redis);
    this.retryAt = this.options.clock.now() + this.shared.retryMs;
    if (this.down || this.closed) return;
    this.down = true;
    const { url, retryMs } = this.shared;
    this.shared.log(
      `warning: Redis at ${redactRedisUrl(url)} is unreachable (${reason(err, url)}); this process counts the rate limit ` +
        `alone, so replicas together may exceed it, until Redis answers again (next try in ${Math.round(retryMs / 1000)} s)`,
    );
  }
}

function drop(redis: Redis): void {
  try {
    redis.destroy();
  } catch {
    // already closed
  }
}

/**
 * node-redis bounds neither a command once written nor the handshake of a connection (AUTH to a Redis that
 * accepts the connection but does not answer hangs), so every wait on Redis goes through this.
 */
function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<never>((_, reject) => {
    // setImmediate: after a busy spell of this process the timer fires late; a reply already waiting on the
    // socket is read first, so only a Redis that really did not answer counts as silent.
    timer = setTimeout(() => setImmediate(() => reject(new Error(`no answer within ${ms} ms`))), ms);
  });
  return Promise.race([work, silence]).finally(() => clearTimeout(timer));
}

/** The error in a few words, with the URL's password removed should a library ever echo it. */
function reason(err: unknown, url: string): string {
  const message = err instanceof Error ? err.message || err.name : String(err);
  const password = decodeURIComponent(new URL(url).password);
  return password ? message.split(password).join('***') : message;
}
