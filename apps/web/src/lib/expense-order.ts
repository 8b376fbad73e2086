/**
 * The expense list's order: `sort` and `direction` in the URL (the API's own names), absent for the default
 * (newest first), so the list's plain URL stays plain.
 */
// The zod-free subpath: this module is in the expense list's first load.
import {
  defaultDirection,
  EXPENSE_SORTS,
  type ExpenseSort,
  type SortDirection,
} from '@spendwise/contracts/sorting';

export interface ListOrder {
  sort: ExpenseSort;
  direction: SortDirection;
}

export const NEWEST_FIRST: ListOrder = { sort: 'date', direction: 'desc' };

/** The orders the list offers; each is named in messages (`expenses.order.<sort>-<direction>`). */
export const LIST_ORDERS: ReadonlyArray<ListOrder> = [
  { sort: 'date', direction: 'desc' },
  { sort: 'date', direction: 'asc' },
  { sort: 'amount', direction: 'desc' },
  { sort: 'amount', direction: 'asc' },
  { sort: 'merchant', direction: 'asc' },
  { sort: 'merchant', direction: 'desc' },
  { sort: 'category', direction: 'asc' },
  { sort: 'category', direction: 'desc' },
];

/** The order a URL asks for; anything the API would reject falls back to newest first, never an error page. */
export function orderFromQuery(query: Record<string, string>): ListOrder {
  const sort = EXPENSE_SORTS.find((known) => known === query.sort);
  if (!sort) return NEWEST_FIRST;
  const direction = query.direction === 'asc' || query.direction === 'desc' ? query.direction : undefined;
  return { sort, direction: direction ?? defaultDirection(sort) };
}

/** `order` as query parameters: none for newest first, no direction when it is the sort's natural one. */
export function orderToQuery(order: ListOrder, query = new URLSearchParams()): URLSearchParams {
  if (order.sort === NEWEST_FIRST.sort && order.direction === NEWEST_FIRST.direction) return query;
  query.set('sort', order.sort);
  if (order.direction !== defaultDirection(order.sort)) query.set('direction', order.direction);
  return query;
}

/** The API query for `order` (empty for the default, so the first page's cache entry is the one it always was). */
export function orderParams(order: ListOrder): Partial<ListOrder> {
  return Object.fromEntries(orderToQuery(order)) as Partial<ListOrder>;
}

export const orderKey = (order: ListOrder) => `${order.sort}-${order.direction}`;
