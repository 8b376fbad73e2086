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

function createQueryClient() {
  // React Query assumes a connection until the browser's first `offline` event. A page that starts offline (the
  // service worker's shell, public/sw.js) would then try every query, fail, and replace what is kept on this
  // device with errors (OfflineShell); told the truth, its queries wait for the connection instead.
  if (typeof navigator !== 'undefined') onlineManager.setOnline(navigator.onLine);
  return new QueryClient({
    queryCache: new QueryCache({ onError: onApiError }),
    mutationCache: new MutationCache({ onError: onApiError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // One quick retry for a blip; after that the page shows the error and a retry button.
        retry: (failures, error) => error instanceof ApiError && error.isTransient && failures < 1,
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
