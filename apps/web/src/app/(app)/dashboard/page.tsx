import type { Metadata } from 'next';
import { DashboardView } from '@/components/dashboard/DashboardView';
import { isYearMonth } from '@/lib/dates';
import { firstParam, type SearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const month = firstParam((await searchParams).month);
  return <DashboardView month={isYearMonth(month) ? month : undefined} />;
}
