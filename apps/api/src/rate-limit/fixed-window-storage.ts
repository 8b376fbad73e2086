import { type ThrottlerStorage } from '@nestjs/throttler';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

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
 * @nestjs/throttler's default storage keeps one expiry timestamp per hit and copies the whole list on every request
 * (a sliding log): O(limit) work and garbage per request, per limit — with the production limits, a list of up to
 * 1,200 entries per IP copied on each of its requests (BENCHMARKS.md, "Per-request framework cost"). A counter does
 * the job the limits are documented to do (rate-limit.module.ts) in constant time.
 */
export class FixedWindowStorage implements ThrottlerStorage {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly now: () => number = Date.now) {
    setInterval(() => this.sweep(), SWEEP_INTERVAL_MS).unref();
  }

  // The interface is asynchronous (stores may be remote); this one answers at once.
  increment(key: string, ttlMs: number, limit: number): Promise<ThrottlerStorageRecord> {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { hits: 0, endsAt: now + ttlMs };
      this.windows.set(key, window);
    }
    window.hits += 1;
    const secondsLeft = Math.max(1, Math.ceil((window.endsAt - now) / 1000));
    const isBlocked = window.hits > limit;
    return Promise.resolve({
      totalHits: window.hits,
      timeToExpire: secondsLeft,
      isBlocked,
      timeToBlockExpire: isBlocked ? secondsLeft : 0,
    });
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
