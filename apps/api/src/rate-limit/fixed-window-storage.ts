/** How often windows that have ended are dropped, so memory holds only the clients seen in the current window. */
const SWEEP_INTERVAL_MS = 60_000;

interface Window {
  hits: number;
  /** When the window ends, ms since the epoch. */
  endsAt: number;
}

/**
 * The rate limits' counters: a fixed window per key (client IP or user) that opens at its first request and lasts
 * the limit's window; past `limit` hits, requests are refused until it ends, and Retry-After says when that is.
 *
 * A counter per key does in constant time what @nestjs/throttler's default storage (one timestamp per hit, the
 * list copied on every request) did in O(limit) (BENCHMARKS.md, "Per-request framework cost"). It answers
 * synchronously and allocates nothing for a request that passes, so the guards that use it need no `await`
 * (BENCHMARKS.md, "Guards without awaits").
 */
export class FixedWindowStorage {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly now: () => number = Date.now) {
    setInterval(() => this.sweep(), SWEEP_INTERVAL_MS).unref();
  }

  /**
   * Counts one request for `key`. Returns 0 when it is within the limit, else the whole seconds (at least 1) until
   * the window ends: what Retry-After says.
   */
  hit(key: string, windowMs: number, limit: number): number {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { hits: 0, endsAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.hits += 1;
    return window.hits > limit ? Math.max(1, Math.ceil((window.endsAt - now) / 1000)) : 0;
  }

  /** Drops the windows that have ended (exposed for the tests). */
  sweep(): void {
    const now = this.now();
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }

  /** How many keys are held (for the tests). */
  get size(): number {
    return this.windows.size;
  }
}
