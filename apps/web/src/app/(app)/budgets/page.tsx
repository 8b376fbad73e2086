import type { Metadata } from 'next';
import { BudgetsView } from '@/components/budgets/BudgetsView';
import { monthParam, type SearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Budgets' };

export default async function BudgetsPage({ searchParams }: { searchParams: SearchParams }) {
  return <BudgetsView month={monthParam(await searchParams)} />;
}
