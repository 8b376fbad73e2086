import { afterEach, describe, expect, it, vi } from 'vitest';
import { FixedWindowStorage } from './fixed-window-storage';

describe('FixedWindowStorage', () => {
  afterEach(() => vi.useRealTimers());

  const clock = (start = 1_000_000) => {
    let now = start;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it('allows `limit` hits in a window, refuses the next ones until it ends, and says how long that is', async () => {
    const time = clock();
    const storage = new FixedWindowStorage(time.now);
    for (let hit = 1; hit <= 3; hit += 1) {
      expect(await storage.increment('user:a', 60_000, 3)).toEqual({
        totalHits: hit,
        timeToExpire: 60,
        isBlocked: false,
        timeToBlockExpire: 0,
      });
    }
    time.advance(20_500);
    expect(await storage.increment('user:a', 60_000, 3)).toMatchObject({
      isBlocked: true,
      timeToBlockExpire: 40,
    });
    time.advance(39_400);
    expect(await storage.increment('user:a', 60_000, 3)).toMatchObject({
      isBlocked: true,
      timeToBlockExpire: 1,
    });
    time.advance(100);
    expect(await storage.increment('user:a', 60_000, 3)).toEqual({
      totalHits: 1,
      timeToExpire: 60,
      isBlocked: false,
      timeToBlockExpire: 0,
    });
  });

  it('counts each key on its own', async () => {
    const storage = new FixedWindowStorage(clock().now);
    await storage.increment('ip:1', 1_000, 1);
    expect((await storage.increment('ip:1', 1_000, 1)).isBlocked).toBe(true);
    expect((await storage.increment('ip:2', 1_000, 1)).isBlocked).toBe(false);
  });

  it('forgets windows that have ended, on its own every minute', async () => {
    vi.useFakeTimers();
    const time = clock();
    const storage = new FixedWindowStorage(time.now);
    await storage.increment('ip:1', 1_000, 5);
    await storage.increment('ip:2', 90_000, 5);
    time.advance(1_000);
    vi.advanceTimersByTime(60_000);
    expect(storage.size).toBe(1);
    time.advance(89_000);
    storage.sweep();
    expect(storage.size).toBe(0);
  });
});
