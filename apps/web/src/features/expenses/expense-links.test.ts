import { describe, expect, it } from 'vitest';
import { filtersFromQuery } from './expense-filters';
import { categoryMonthHref, tagHref } from './expense-links';

const queryOf = (href: string) => Object.fromEntries(new URL(href, 'https://spendwise.test').searchParams);

describe('links into the expense list', () => {
  it('filters a category to every day of the month shown, leap years included', () => {
    const id = '0190b1c2-0000-7000-8000-0000000000a1';
    expect(filtersFromQuery(queryOf(categoryMonthHref(id, '2028-02')))).toEqual({
      categoryId: id,
      from: '2028-02-01',
      to: '2028-02-29',
    });
    expect(filtersFromQuery(queryOf(categoryMonthHref(null, '2026-12')))).toEqual({
      categoryId: 'none',
      from: '2026-12-01',
      to: '2026-12-31',
    });
  });

  it('keeps a tag whole, whatever it holds', () => {
    expect(filtersFromQuery(queryOf(tagHref('trip & food')))).toEqual({ tag: 'trip & food' });
    expect(tagHref('a/b?c')).toBe('/expenses?tag=a%2Fb%3Fc');
  });
});
