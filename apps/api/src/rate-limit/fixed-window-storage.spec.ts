import { afterEach, describe, expect, it, vi } from 'vitest';
import { FixedWindowStorage } from './fixed-window-storage';

describe('FixedWindowStorage', () => {
  afterEach(() => vi.useRealTimers());

  const clock = (start = 1_000_000) => {
    let now = start;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it('allows `limit` hits in a window, refuses the next ones until it ends, and says how long that is', () => {
    const time = clock();
    const storage = new FixedWindowStorage(time.now);
    for (let hit = 1; hit <= 3; hit += 1) expect(storage.hit('user:a', 60_000, 3)).toBe(0);
    time.advance(20_500);
    expect(storage.hit('user:a', 60_000, 3)).toBe(40);
    time.advance(39_400);
    expect(storage.hit('user:a', 60_000, 3)).toBe(1);
    time.advance(100);
    // The window has ended: a new one opens with this hit.
    expect(storage.hit('user:a', 60_000, 3)).toBe(0);
    expect(storage.hit('user:a', 60_000, 3)).toBe(0);
    expect(storage.hit('user:a', 60_000, 3)).toBe(0);
    expect(storage.hit('user:a', 60_000, 3)).toBe(60);
  });

  it('counts each key on its own', () => {
    const storage = new FixedWindowStorage(clock().now);
    storage.hit('ip:1', 1_000, 1);
    expect(storage.hit('ip:1', 1_000, 1)).toBeGreaterThan(0);
    expect(storage.hit('ip:2', 1_000, 1)).toBe(0);
  });

  it('forgets windows that have ended, on its own every minute', () => {
    vi.useFakeTimers();
    const time = clock();
    const storage = new FixedWindowStorage(time.now);
    storage.hit('ip:1', 1_000, 5);
    storage.hit('ip:2', 90_000, 5);
    time.advance(1_000);
    vi.advanceTimersByTime(60_000);
    expect(storage.size).toBe(1);
    time.advance(89_000);
    storage.sweep();
    expect(storage.size).toBe(0);
  });
});
