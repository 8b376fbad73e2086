'use client';
import type { CategoryList, Dashboard, UserProfile } from '@spendwise/contracts';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { queryKeys } from '@/lib/api/queries';
import { storedSessionUser } from '@/features/auth/session';
import {
  forgetKeptDashboardUnlessOwner,
  keepDashboard,
  keptDashboardOf,
  type KeptDashboard,
} from '@/lib/offline/kept-dashboard';
import { startServiceWorker } from '@/lib/offline/shell';
import { useConnection } from '@/lib/api/reachability';

const KEPT_KEYS = [queryKeys.me, queryKeys.categories, queryKeys.dashboard(undefined)];
const isKeptKey = (key: readonly unknown[]) =>
  KEPT_KEYS.some((kept) => kept.length === key.length && kept.every((part, index) => part === key[index]));

/**
 * What lets a signed-in page start without a connection (issue 21), mounted once by the signed-in layout:
 *
 * - registers the service worker (lib/offline/shell.ts), which keeps the page shells and static files;
 * - keeps this month's dashboard, with the profile and categories, each time they arrive fresh from the API
 *   (lib/offline/kept-dashboard.ts), under the Cognito user of this browser's session;
 * - without the API (offline, or online but it cannot be reached: lib/api/reachability.ts), puts the kept copy of
 *   the signed-in person (and nobody else's) into the page's data, so the dashboard shows it (read-only:
 *   DashboardView) and the expense form can still queue a new expense (OfflineSync); with no session in this
 *   browser, it shows nothing but a request to sign in once the API can be reached.
 */
export function OfflineShell() {
  const t = useTranslations('offline');
  const queryClient = useQueryClient();
  const connection = useConnection();
  const online = connection === 'online';
  const [signedOut, setSignedOut] = useState(false);

  useEffect(() => startServiceWorker(), []);

  useEffect(() => {
    // Another person's dashboard kept here goes as soon as someone else's session opens a signed-in page.
    void storedSessionUser().then((owner) => owner && forgetKeptDashboardUnlessOwner(owner));
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success' || event.action.manual) return;
      if (isKeptKey(event.query.queryKey)) void keepFresh(queryClient);
    });
  }, [queryClient]);

  useEffect(() => {
    if (online) return;
    let cancelled = false;
    void storedSessionUser().then((owner) => {
      if (cancelled) return;
      setSignedOut(owner === null);
      const kept = owner && keptDashboardOf(owner);
      if (kept) showKept(queryClient, kept);
    });
    return () => {
      cancelled = true;
    };
  }, [online, queryClient]);

  if (online || !signedOut) return null;
  return <Alert tone="warning">{t(connection === 'offline' ? 'signedOut' : 'unreachableSignedOut')}</Alert>;
}

async function keepFresh(queryClient: QueryClient): Promise<void> {
  const me = queryClient.getQueryData<UserProfile>(queryKeys.me);
  const categories = queryClient.getQueryData<CategoryList>(queryKeys.categories);
  const dashboard = queryClient.getQueryState<Dashboard>(queryKeys.dashboard(undefined));
  if (!me || !categories || !dashboard?.data) return;
  const owner = await storedSessionUser();
  if (owner)
    keepDashboard({ owner, savedAt: dashboard.dataUpdatedAt, me, categories, dashboard: dashboard.data });
}

/**
 * Fills only what the page does not already have (what it loaded before the connection went stays). A kept copy
 * is never fresh, however recent: marked invalid, it is fetched again as soon as the API answers (React Query
 * refetches stale queries when it is back "online": AppProviders).
 */
function showKept(queryClient: QueryClient, kept: KeptDashboard): void {
  const entries: Array<[readonly unknown[], unknown]> = [
    [queryKeys.me, kept.me],
    [queryKeys.categories, kept.categories],
    [queryKeys.dashboard(undefined), kept.dashboard],
  ];
  for (const [key, data] of entries) {
    if (queryClient.getQueryData(key) !== undefined) continue;
    queryClient.setQueryData(key, data, { updatedAt: kept.savedAt });
    void queryClient.invalidateQueries({ queryKey: key, exact: true, refetchType: 'none' });
  }
}
