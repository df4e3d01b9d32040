// Where the sign-in state lives: in this process for one replica, in Redis (MAKE_REDIS_URL) for several, so that any
// replica serves any step of a sign-in. Every value has an expiry; single-use values are taken (read and deleted at
// once), so two replicas can never both redeem one code. Values are JSON; Make tokens in them are encrypted before.

export interface Store {
  put(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  get<T>(key: string): Promise<T | undefined>;
  /** Reads and deletes in one step: only one caller, on any replica, ever gets the value. */
  take<T>(key: string): Promise<T | undefined>;
  /** Sets the key only when it is not set: true for the one caller, on any replica, who set it (a lock). */
  claim(key: string, ttlSeconds: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}

const SWEEP_EVERY = 1_000;

export class MemoryStore implements Store {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();
  private puts = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async put(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    if (++this.puts % SWEEP_EVERY === 0) this.sweep(); // expired entries nobody asks for again do not pile up
    this.entries.set(key, { value: JSON.stringify(value), expiresAt: this.now() + ttlSeconds * 1000 });
  }

  async get<T>(key: string): Promise<T | undefined> {
    return this.read<T>(key);
  }

  // read and delete with no await between them: no other caller can come in between
  async take<T>(key: string): Promise<T | undefined> {
    const value = this.read<T>(key);
    this.entries.delete(key);
    return value;
  }

  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    if (this.read(key) !== undefined) return false;
    this.entries.set(key, { value: '1', expiresAt: this.now() + ttlSeconds * 1000 });
    return true;
  }

  private read<T>(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return JSON.parse(entry.value) as T;
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async close(): Promise<void> {
    this.entries.clear();
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}

const PREFIX = 'make-mcp:oauth:';
/** A Redis command slower than this fails the request (503) rather than holding it. */
const COMMAND_TIMEOUT_MS = 2_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RedisClient = import('@redis/client').RedisClientType<any, any, any, any, any>;

/** The same, in Redis: SET with EX, GET, GETDEL (Redis 6.2+). Unlike the rate limit, sign-in cannot work without it. */
export class RedisStore implements Store {
  private constructor(private readonly redis: RedisClient) {}

  static async connect(url: string, log: (line: string) => void): Promise<RedisStore> {
    const { createClient } = await import('@redis/client');
    const redis = createClient({ url, socket: { connectTimeout: COMMAND_TIMEOUT_MS } });
    let down = false;
    redis.on('error', () => {
      if (!down) log('Redis (sign-in state) cannot be reached: sign-ins and calls fail until it is back');
      down = true;
    });
    redis.on('ready', () => (down = false));
    await within(redis.connect(), COMMAND_TIMEOUT_MS * 5);
    return new RedisStore(redis);
  }

  async put(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    await within(this.redis.set(PREFIX + key, JSON.stringify(value), { EX: Math.max(1, Math.ceil(ttlSeconds)) }));
  }

  async get<T>(key: string): Promise<T | undefined> {
    return parsed<T>(await within(this.redis.get(PREFIX + key)));
  }

  async take<T>(key: string): Promise<T | undefined> {
    return parsed<T>(await within(this.redis.getDel(PREFIX + key)));
  }

  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    return (
      (await within(this.redis.set(PREFIX + key, '1', { NX: true, EX: Math.max(1, Math.ceil(ttlSeconds)) }))) === 'OK'
    );
  }

  async delete(key: string): Promise<void> {
    await within(this.redis.del(PREFIX + key));
  }

  async close(): Promise<void> {
    await this.redis.close().catch(() => this.redis.destroy());
  }
}

function parsed<T>(text: string | null | undefined | unknown): T | undefined {
  return typeof text === 'string' ? (JSON.parse(text) as T) : undefined;
}

async function within<T>(work: Promise<T>, ms = COMMAND_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error('Redis did not answer in time')), ms)),
  );
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
