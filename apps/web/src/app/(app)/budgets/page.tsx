import { BudgetsView } from '@/features/budgets/BudgetsView';
import { monthParam, type SearchParams } from '@/lib/search-params';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('nav.budgets');

export default async function BudgetsPage({ searchParams }: { searchParams: SearchParams }) {
  return <BudgetsView month={monthParam(await searchParams)} />;
}
