/** Expenses per page of the list, in the browser (queries.ts) and on the server (the first page, pre-rendered). */
export const EXPENSE_LIST_PAGE_SIZE = 25;

/** Data fetched on the server for a query, with when it was fetched (so React Query knows how fresh it is). */
export interface Prefetched<T> {
  data: T;
  fetchedAt: number;
}
