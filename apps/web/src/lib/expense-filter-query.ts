/**
 * The expense list's filters as the URL (and the API) carry them, without zod: the list's first-load code needs
 * only these; parsing a URL and the filter form's rules are in features/expenses/expense-filters.ts.
 */
import type { ExpenseFilters } from '@spendwise/contracts';

export type AppliedFilters = Partial<ExpenseFilters>;

export const FILTER_KEYS = ['q', 'from', 'to', 'categoryId', 'minAmount', 'maxAmount', 'tag'] as const;

/** The URL query for applied filters (the same names and units as the API's). */
export function filtersToQuery(filters: AppliedFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  return query;
}

export function hasFilters(filters: AppliedFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== undefined);
}
