import { describe, expect, it } from 'vitest';
import { monthParam } from './search-params';

describe('monthParam', () => {
  it('takes a month from the query string, and leaves a malformed one to the page’s default', () => {
    expect(monthParam({ month: '2026-03' })).toBe('2026-03');
    expect(monthParam({ month: ['2026-02', '2026-03'] })).toBe('2026-02');
    for (const month of [undefined, '', '2026-13', '26-01', 'abc', '2026-3']) {
      expect(monthParam({ month })).toBeUndefined();
    }
  });
});
