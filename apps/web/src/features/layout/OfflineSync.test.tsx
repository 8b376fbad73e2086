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
  afterEach(() => window.localStorage.clear());

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
});
