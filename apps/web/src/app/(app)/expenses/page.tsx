import type { CategoryList, ExpensePage, UserProfile } from '@spendwise/contracts';
import { headers } from 'next/headers';
import { ExpensesView, type ExpensesPrefetched } from '@/features/expenses/ExpensesView';
import { EXPENSE_LIST_PAGE_SIZE } from '@/lib/api/list-page';
import { serverAccessToken, serverGet } from '@/lib/api/server-prefetch';
import type { AppliedFilters } from '@/lib/expense-filter-query';
import { filtersFromQuery } from '@/features/expenses/expense-filters';
import { orderFromQuery, orderParams, type ListOrder } from '@/lib/expense-order';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { titleFrom } from '@/i18n/metadata';
import { OFFLINE_SHELL_HEADER } from '@/lib/offline/shell';

export const generateMetadata = titleFrom('nav.expenses');

export default async function ExpensesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const query = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, firstParam(value)]));
  const filters = filtersFromQuery(query);
  const order = orderFromQuery(query);
  // The service worker's offline copy of this page (public/sw.js) must hold nobody's data: it asks without it.
  const shell = (await headers()).has(OFFLINE_SHELL_HEADER);
  return (
    <ExpensesView filters={filters} order={order} prefetched={shell ? {} : await prefetch(filters, order)} />
  );
}

/** The list's first page, the profile and the categories, fetched together while the page renders. */
async function prefetch(filters: AppliedFilters, order: ListOrder): Promise<ExpensesPrefetched> {
  const token = await serverAccessToken();
  if (!token) return {};
  const [me, categories, firstPage] = await Promise.all([
    serverGet<UserProfile>(token, '/me'),
    serverGet<CategoryList>(token, '/categories'),
    serverGet<ExpensePage>(token, '/expenses', {
      ...filters,
      ...orderParams(order),
      limit: EXPENSE_LIST_PAGE_SIZE,
    }),
  ]);
  const fetchedAt = Date.now();
  return {
    ...(me && { me: { data: me, fetchedAt } }),
    ...(categories && { categories: { data: categories, fetchedAt } }),
    ...(firstPage && { firstPage: { data: firstPage, fetchedAt } }),
  };
}
