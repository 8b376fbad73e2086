/**
 * The expense list's orders, without zod: the web app's first-load code needs these names and the natural
 * direction of each, and importing them from the schemas would ship every schema (and zod) with the page.
 */

/** What the list can be sorted by. Each has a natural direction (`defaultDirection`), used when none is asked. */
export const EXPENSE_SORTS = ['date', 'amount', 'merchant', 'category'] as const;
export type ExpenseSort = (typeof EXPENSE_SORTS)[number];
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** Newest and largest first; names A to Z. */
export function defaultDirection(sort: ExpenseSort): SortDirection {
  return sort === 'date' || sort === 'amount' ? 'desc' : 'asc';
}
