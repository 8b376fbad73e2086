import { DashboardView } from '@/features/dashboard/DashboardView';
import { monthParam, type SearchParams } from '@/lib/search-params';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('nav.dashboard');

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  return <DashboardView month={monthParam(await searchParams)} />;
}
