import { describe, it, expect } from 'vitest';
import { Uuid } from '@spendwise/contracts';
import { uuidV7 } from './uuid-v7';

describe('uuidV7', () => {
  it('is a valid version-7 UUID carrying the creation time', () => {
    const now = Date.UTC(2026, 10, 26, 8, 0, 0, 123);
    const id = uuidV7(now);
    expect(Uuid.safeParse(id).success).toBe(true);
    expect(id[14]).toBe('7');
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(now);
  });

  it('sorts by creation time and does not repeat', () => {
    const ids = [uuidV7(1_000), uuidV7(2_000), uuidV7(3_000)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(Array.from({ length: 1000 }, () => uuidV7())).size).toBe(1000);
  });
});
