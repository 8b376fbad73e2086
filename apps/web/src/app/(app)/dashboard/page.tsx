import type { Metadata } from 'next';
import { DashboardView } from '@/components/dashboard/DashboardView';
import { monthParam, type SearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  return <DashboardView month={monthParam(await searchParams)} />;
}
