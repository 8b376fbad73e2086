// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '@/lib/api/queries';
import { keepDashboard, keptDashboardOf } from '@/lib/offline/kept-dashboard';
import { keptDashboard, keptFor, SAVED_AT } from '@/test/kept-dashboard';
import { render, screen, waitFor } from '@/test/render';

const sessionUser = vi.fn<() => Promise<string | null>>();
vi.mock('@/features/auth/session', () => ({ storedSessionUser: () => sessionUser() }));
// Nothing here calls the API: the tests fill the query cache themselves.
vi.mock('@/lib/api/resources', () => ({ api: {} }));

const { OfflineShell } = await import('./OfflineShell');
const { apiAnswered, apiUnreachable } = await import('@/lib/api/reachability');
const HEALTH = 'https://api.example.test/health';

let online = true;
Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });

function renderShell(queryClient = new QueryClient()) {
  render(
    <QueryClientProvider client={queryClient}>
      <OfflineShell />
    </QueryClientProvider>,
  );
  return queryClient;
}

const KEPT = keptFor('sub-a');

describe('OfflineShell', () => {
  beforeEach(() => {
    online = true;
    sessionUser.mockResolvedValue('sub-a');
  });
  afterEach(() => {
    window.localStorage.clear();
    apiAnswered();
    vi.unstubAllGlobals();
  });

  it("keeps the dashboard, profile and categories fetched fresh, under the session's user", async () => {
    const queryClient = renderShell();
    await queryClient.fetchQuery({ queryKey: queryKeys.me, queryFn: () => KEPT.me });
    await queryClient.fetchQuery({ queryKey: queryKeys.categories, queryFn: () => KEPT.categories });
    expect(keptDashboardOf('sub-a')).toBeNull();
    await queryClient.fetchQuery({ queryKey: queryKeys.dashboard(undefined), queryFn: keptDashboard });
    await waitFor(() => expect(keptDashboardOf('sub-a')?.dashboard).toEqual(keptDashboard()));
    const { savedAt } = keptDashboardOf('sub-a')!;
    expect(savedAt).toBe(queryClient.getQueryState(queryKeys.dashboard(undefined))?.dataUpdatedAt);
  });

  it('keeps nothing from another month, nor without a session', async () => {
    sessionUser.mockResolvedValue(null);
    const queryClient = renderShell();
    queryClient.setQueryData(queryKeys.me, KEPT.me);
    queryClient.setQueryData(queryKeys.categories, KEPT.categories);
    await queryClient.fetchQuery({ queryKey: queryKeys.dashboard('2026-11'), queryFn: keptDashboard });
    await queryClient.fetchQuery({ queryKey: queryKeys.dashboard(undefined), queryFn: keptDashboard });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window.localStorage.length).toBe(0);
  });

  it("online, forgets another person's kept dashboard (someone else signed in here)", async () => {
    keepDashboard(keptFor('sub-b'));
    renderShell();
    await waitFor(() => expect(window.localStorage.length).toBe(0));
  });

  it("offline, shows the signed-in person's kept dashboard as of when it was kept", async () => {
    keepDashboard(KEPT);
    online = false;
    const queryClient = renderShell();
    await waitFor(() =>
      expect(queryClient.getQueryData(queryKeys.dashboard(undefined))).toEqual(keptDashboard()),
    );
    expect(queryClient.getQueryData(queryKeys.me)).toEqual(KEPT.me);
    expect(queryClient.getQueryData(queryKeys.categories)).toEqual(KEPT.categories);
    expect(queryClient.getQueryState(queryKeys.dashboard(undefined))?.dataUpdatedAt).toBe(SAVED_AT);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offline, never shows what was kept for someone else', async () => {
    keepDashboard(keptFor('sub-b'));
    online = false;
    const queryClient = renderShell();
    await waitFor(() => expect(sessionUser).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(queryClient.getQueryData(queryKeys.dashboard(undefined))).toBeUndefined();
    expect(queryClient.getQueryData(queryKeys.me)).toBeUndefined();
  });

  it('offline with no session here, shows nothing kept and asks to sign in once back online', async () => {
    keepDashboard(KEPT);
    sessionUser.mockResolvedValue(null);
    online = false;
    const queryClient = renderShell();
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'You are offline and not signed in on this device. Sign in once you are back online.',
    );
    expect(queryClient.getQueryData(queryKeys.dashboard(undefined))).toBeUndefined();
    expect(queryClient.getQueryData(queryKeys.me)).toBeUndefined();
  });

  it('online but without the API, shows the kept dashboard too, marked to be fetched again once it answers', async () => {
    keepDashboard(KEPT);
    // The probe gets no answer either.
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const queryClient = renderShell();
    apiUnreachable(HEALTH);
    await waitFor(() =>
      expect(queryClient.getQueryData(queryKeys.dashboard(undefined))).toEqual(keptDashboard()),
    );
    expect(navigator.onLine).toBe(true);
    expect(queryClient.getQueryData(queryKeys.me)).toEqual(KEPT.me);
    expect(queryClient.getQueryState(queryKeys.dashboard(undefined))?.isInvalidated).toBe(true);
  });

  it('online but without the API and no session here, says SpendWise cannot be reached, not "offline"', async () => {
    sessionUser.mockResolvedValue(null);
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    renderShell();
    apiUnreachable(HEALTH);
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'SpendWise can’t be reached right now and you are not signed in on this device. Sign in once it can be reached again.',
    );
  });
});
