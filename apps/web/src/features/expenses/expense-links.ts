/**
 * Links into the expense list, written with the list's own query names (expense-filters.ts reads them).
 * No zod here: the dashboard imports this, and the filters' schemas would only add to its first load.
 */
import { daysInMonth } from '@spendwise/contracts/schedule';

/** The list filtered to one category (null: uncategorised) in one month (YYYY-MM). */
export function categoryMonthHref(categoryId: string | null, month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const query = new URLSearchParams({
    from: `${month}-01`,
    to: `${month}-${String(daysInMonth(year, monthNumber)).padStart(2, '0')}`,
    categoryId: categoryId ?? 'none',
  });
  return `/expenses?${query.toString()}`;
}

/** The list of every expense carrying `tag`. */
export function tagHref(tag: string): string {
  return `/expenses?${new URLSearchParams({ tag }).toString()}`;
}
