'use client';
import {
  MutationCache,
  onlineManager,
  QueryCache,
  QueryClient,
  QueryClientProvider,
} from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiError } from '@/lib/api/errors';
import { connection, subscribeConnection } from '@/lib/api/reachability';
import { signOutOfThisDevice } from '@/features/auth/session';
import { signInPathFor } from '@/lib/routes';

/**
 * The API rejected our token (revoked, or the refresh token expired). Clear the local session first —
 * otherwise the sign-in page would see the stale cookies and send the person straight back here.
 */
async function sendToSignIn() {
  await signOutOfThisDevice().catch(() => undefined);
  window.location.assign(signInPathFor(`${window.location.pathname}${window.location.search}`));
}

function onApiError(error: unknown) {
  if (error instanceof ApiError && error.kind === 'unauthenticated') void sendToSignIn();
}

/**
 * React Query's "online" is whether the API can be reached (lib/api/reachability.ts), not only what the browser
 * says: while it cannot, queries wait instead of failing one after another, and once it answers again (the probe,
 * or any request) the waiting and stale ones are fetched at once — the page comes back by itself. Told from the
 * start, because React Query assumes a connection until its first event: a page that starts offline (the service
 * worker's shell, public/sw.js) would otherwise try every query and replace what is kept on this device with
 * errors (OfflineShell).
 */
function followReachability() {
  onlineManager.setEventListener((setOnline) => {
    setOnline(connection() === 'online');
    return subscribeConnection(() => setOnline(connection() === 'online'));
  });
}

/**
 * One quick retry for a blip; after that the page shows the error and a retry button. Not when the API has just
 * been found unreachable: the retry would wait for it (React Query holds retries while "offline") and leave a page
 * with nothing to show loading for ever; the page shows the error (or the copy kept on this device) instead, and
 * React Query fetches again once the probe finds the API.
 */
function retryOnce(failures: number, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.isTransient || failures >= 1) return false;
  return error.kind !== 'network' || connection() === 'online';
}

function createQueryClient() {
  if (typeof window !== 'undefined') followReachability();
  return new QueryClient({
    queryCache: new QueryCache({ onError: onApiError }),
    mutationCache: new MutationCache({ onError: onApiError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: retryOnce,
      },
      // A failed save is shown to the person with their input intact; they decide whether to retry. Sent even when
      // the browser says it is offline: React Query's default would hold the save ("Saving…" for ever) instead of
      // failing it, and a new expense that fails for want of a connection is kept to send later (OfflineSync).
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
