// @vitest-environment jsdom
import { renderHook } from '@/test/render';
import { describe, expect, it, vi } from 'vitest';

const replace = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ replace }), usePathname: () => '/budgets' }));

const { useMonthInUrl } = await import('./use-month-in-url');

describe('useMonthInUrl', () => {
  it("puts the month in the page's URL, replacing the entry and keeping the scroll position", () => {
    renderHook(() => useMonthInUrl()).result.current('2026-03');
    expect(replace).toHaveBeenCalledWith('/budgets?month=2026-03', { scroll: false });
  });
});
