// Make's rate limit as the simulator counts it: a sliding window of accepted requests per organization.

export interface RateWindowOptions {
  /** Requests an organization may make per window. */
  limit: number;
  windowMs: number;
  /** A fixed Retry-After to send (null: none); by default the seconds until a slot frees. */
  retryAfterSeconds?: number | null;
}

export class RateWindow {
  private readonly windows = new Map<number, number[]>(); // organization id -> accepted request times

  constructor(private readonly options: RateWindowOptions) {}

  /** True when the request may proceed (and is then counted). */
  admit(organizationId: number, now: number): boolean {
    let w = this.windows.get(organizationId);
    if (!w) this.windows.set(organizationId, (w = []));
    while (w.length && w[0] <= now - this.options.windowMs) w.shift();
    if (w.length >= this.options.limit) return false;
    w.push(now);
    return true;
  }

  /** The Retry-After to answer a refused request with, in seconds (null: send none). */
  retryAfter(organizationId: number, now: number): number | null {
    return this.options.retryAfterSeconds !== undefined
      ? this.options.retryAfterSeconds
      : this.secondsUntilSlot(organizationId, now);
  }

  /** What a refusal says: the organization, its limit and the window. */
  describe(organizationId: number): string {
    const { limit, windowMs } = this.options;
    return `Organization ${organizationId} has used its ${limit} requests per ${windowMs / 1000} s window.`;
  }

  clear(): void {
    this.windows.clear();
  }

  /** Seconds until the oldest request in the window leaves it (rounded up, at least 1). */
  private secondsUntilSlot(organizationId: number, now: number): number {
    const oldest = this.windows.get(organizationId)?.[0];
    if (oldest === undefined) return 1;
    return Math.max(1, Math.ceil((oldest + this.options.windowMs - now) / 1000));
  }
}
