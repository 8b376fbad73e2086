// @vitest-environment jsdom
import { onlineManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '@/lib/api/queries';
import { keptFor, SAVED_AT } from '@/test/kept-dashboard';
import { cleanup, render, screen } from '@/test/render';

vi.mock('next/navigation', () => ({
  useRouter: () => ({ push: vi.fn(), replace: vi.fn() }),
  usePathname: () => '/dashboard',
}));
const dashboardCall = vi.hoisted(() => vi.fn());
vi.mock('@/lib/api/resources', () => ({ api: { dashboard: dashboardCall } }));

const { DashboardView } = await import('./DashboardView');
const { apiAnswered, apiUnreachable } = await import('@/lib/api/reachability');
const HEALTH = 'https://api.example.test/health';

let online = true;
Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
/** As the browser and React Query see it (AppProviders tells React Query what the browser says at start). */
function goOffline() {
  online = false;
  onlineManager.setOnline(false);
}

function renderWithKept() {
  const kept = keptFor('sub-a');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(queryKeys.me, kept.me, { updatedAt: SAVED_AT });
  queryClient.setQueryData(queryKeys.categories, kept.categories, { updatedAt: SAVED_AT });
  queryClient.setQueryData(queryKeys.dashboard(undefined), kept.dashboard, { updatedAt: SAVED_AT });
  render(
    <QueryClientProvider client={queryClient}>
      <DashboardView month={undefined} />
    </QueryClientProvider>,
  );
}

// `:disabled`, not the `disabled` property: a disabled fieldset disables its buttons without setting theirs.
const disabled = (name: string | RegExp) => screen.getByRole('button', { name }).matches(':disabled');

describe('DashboardView offline', () => {
  afterEach(() => {
    cleanup();
    online = true;
    onlineManager.setOnline(true);
    dashboardCall.mockReset();
    apiAnswered();
    vi.unstubAllGlobals();
  });

  it('shows the kept dashboard read-only, as of when it was kept, and still lets a person add an expense', () => {
    goOffline();
    renderWithKept();
    const asOf = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(
      SAVED_AT,
    );
    expect(screen.getByTestId('kept-dashboard-notice').textContent).toContain(
      `Offline — showing your dashboard as of ${asOf}`,
    );
    expect(screen.getByText('Groceries kept offline')).toBeTruthy();
    // What needs the API is disabled: another month, editing or deleting a recent expense.
    expect(disabled(/^Previous month/)).toBe(true);
    expect((screen.getByLabelText('Show month') as HTMLInputElement).disabled).toBe(true);
    expect(disabled(/^Edit/)).toBe(true);
    expect(disabled(/^Delete/)).toBe(true);
    // Adding works: OfflineSync's queue keeps it until the connection is back.
    expect(disabled('Add expense')).toBe(false);
    // Nothing was asked of the API: the queries wait for the connection.
    expect(dashboardCall).not.toHaveBeenCalled();
  });

  it('online, is the usual dashboard: no notice, nothing disabled', () => {
    dashboardCall.mockResolvedValue(keptFor('sub-a').dashboard);
    renderWithKept();
    expect(screen.queryByTestId('kept-dashboard-notice')).toBeNull();
    expect(disabled(/^Edit/)).toBe(false);
    expect((screen.getByLabelText('Show month') as HTMLInputElement).disabled).toBe(false);
  });

  it('online but without the API, shows the kept dashboard read-only and says SpendWise cannot be reached', () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    apiUnreachable(HEALTH);
    onlineManager.setOnline(false);
    renderWithKept();
    const asOf = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(
      SAVED_AT,
    );
    const notice = screen.getByTestId('kept-dashboard-notice').textContent;
    expect(notice).toContain(`SpendWise can’t be reached right now — showing your dashboard as of ${asOf}`);
    expect(notice).not.toContain('Offline');
    expect(screen.getByText('Groceries kept offline')).toBeTruthy();
    expect(disabled(/^Edit/)).toBe(true);
    expect(disabled('Add expense')).toBe(false);
  });
});
