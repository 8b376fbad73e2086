import type { Metadata } from 'next';
import { ExpensesView } from '@/components/expenses/ExpensesView';
import { filtersFromQuery } from '@/lib/forms/expense-filters';
import { firstParam, type SearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Expenses' };

export default async function ExpensesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const query = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, firstParam(value)]));
  return <ExpensesView filters={filtersFromQuery(query)} />;
}
