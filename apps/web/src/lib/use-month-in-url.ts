'use client';
import { usePathname, useRouter } from 'next/navigation';

/**
 * Shows another month by putting it in the page's URL (`?month=2026-03`): a reload, a shared link and the way back
 * to the page keep it. The entry is replaced, so stepping through months does not fill the browser's history.
 */
export function useMonthInUrl(): (month: string) => void {
  const router = useRouter();
  const pathname = usePathname();
  return (month) => router.replace(`${pathname}?month=${month}`, { scroll: false });
}
