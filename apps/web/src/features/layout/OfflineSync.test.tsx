// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@/test/render';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api/errors';
import { keepOffline, offlineExpensesOf } from '@/features/expenses/offline-expenses';

const createExpense = vi.fn();
vi.mock('@/lib/api/resources', () => ({
  api: { createExpense: (...args: unknown[]) => createExpense(...args) },
}));
vi.mock('@/lib/api/queries', () => ({
  useMe: () => ({ data: { id: 'person-a' } }),
  invalidateSpending: () => Promise.resolve(),
}));

const { OfflineSync } = await import('./OfflineSync');
const { apiAnswered, apiUnreachable } = await import('@/lib/api/reachability');
const HEALTH = 'https://api.example.test/health';

function renderSync() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <OfflineSync />
    </QueryClientProvider>,
  );
}

const input = (description: string) => ({ amountMinor: 250, occurredOn: '2026-12-05', description });

describe('OfflineSync', () => {
  beforeEach(() => createExpense.mockReset());
  afterEach(() => {
    window.localStorage.clear();
    apiAnswered();
    vi.unstubAllGlobals();
  });

  it('sends each kept expense once with its own key, and forgets it when stored', async () => {
    keepOffline({ owner: 'person-a', idempotencyKey: 'key-1', input: input('Bus') });
    keepOffline({ owner: 'person-b', idempotencyKey: 'key-2', input: input('Not mine') });
    createExpense.mockResolvedValue({});
    renderSync();
    await waitFor(() => expect(offlineExpensesOf('person-a')).toEqual([]));
    expect(createExpense).toHaveBeenCalledTimes(1);
    expect(createExpense).toHaveBeenCalledWith(input('Bus'), 'key-1');
    expect(offlineExpensesOf('person-b')).toHaveLength(1);
  });

  it('keeps them while the API cannot be reached or the person is signed out', async () => {
    keepOffline({ owner: 'person-a', idempotencyKey: 'key-1', input: input('Bus') });
    createExpense.mockRejectedValueOnce(new ApiError('network', 'unreachable'));
    renderSync();
    await waitFor(() => expect(createExpense).toHaveBeenCalledTimes(1));
    expect(offlineExpensesOf('person-a')).toHaveLength(1);
    await waitFor(() =>
      expect(screen.getByTestId('offline-status').textContent).toContain('Saving 1 expense'),
    );
  });

  it('keeps them when the session ended meanwhile (a sign-out elsewhere)', async () => {
    keepOffline({ owner: 'person-a', idempotencyKey: 'key-1', input: input('Bus') });
    createExpense.mockRejectedValueOnce(new ApiError('unauthenticated', 'Not signed in.', 401));
    renderSync();
    await waitFor(() => expect(createExpense).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(offlineExpensesOf('person-a')).toHaveLength(1);
  });

  it('names what the API refuses instead of dropping it silently', async () => {
    keepOffline({ owner: 'person-a', idempotencyKey: 'key-1', input: input('Bus') });
    createExpense.mockRejectedValueOnce(
      new ApiError('http', 'This Idempotency-Key created an expense that has since been deleted', 409),
    );
    renderSync();
    await waitFor(() => expect(screen.getByText(/Not saved: the API refused/)).toBeTruthy());
    expect(screen.getByText(/“Bus”/)).toBeTruthy();
    expect(offlineExpensesOf('person-a')).toEqual([]);
  });

  it('online but without the API, says SpendWise cannot be reached, and sends the expense once it answers', async () => {
    keepOffline({ owner: 'person-a', idempotencyKey: 'key-1', input: input('Bus') });
    const health = vi.fn<() => Promise<Response>>(() => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', health);
    apiUnreachable(HEALTH);
    createExpense.mockResolvedValue({});
    renderSync();
    expect(screen.getByTestId('offline-status').textContent).toBe(
      'SpendWise can’t be reached right now, although this device is online. Expenses you add are kept on this device and saved once it can be reached again (1 expense waiting).',
    );
    expect(createExpense).not.toHaveBeenCalled();
    // The person comes back to the tab: the probe finds the API, and the expense goes.
    health.mockImplementation(() => Promise.resolve(new Response('{"status":"ok"}')));
    window.dispatchEvent(new Event('focus'));
    await waitFor(() => expect(offlineExpensesOf('person-a')).toEqual([]));
    expect(createExpense).toHaveBeenCalledWith(input('Bus'), 'key-1');
  });
});
