// @vitest-environment jsdom
/**
 * React Query inside the app follows whether the API can be reached (lib/api/reachability.ts): a query whose
 * request got no answer ends in an error the page can show (never "loading" for ever), and the page fetches
 * again by itself once the API answers.
 */
import { onlineManager, useQuery } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@/test/render';

vi.mock('@/features/auth/session', () => ({ signOutOfThisDevice: () => Promise.resolve() }));

const { AppProviders } = await import('./AppProviders');
const { ApiError } = await import('@/lib/api/errors');
const { apiAnswered, apiUnreachable } = await import('@/lib/api/reachability');
const HEALTH = 'https://api.example.test/health';

let apiThere = false;
const dashboardCalls = vi.fn(() => {
  if (apiThere) {
    apiAnswered();
    return Promise.resolve('the live dashboard');
  }
  // What client.ts does when a request gets no answer.
  apiUnreachable(HEALTH);
  return Promise.reject(new ApiError('network', 'The SpendWise API could not be reached.'));
});

function Dashboard() {
  const query = useQuery({ queryKey: ['dashboard'], queryFn: dashboardCalls });
  if (query.isPending) return <p>{query.fetchStatus === 'paused' ? 'waiting' : 'loading'}</p>;
  return <p>{query.isError ? 'could not load' : query.data}</p>;
}

afterEach(() => {
  apiAnswered();
  vi.unstubAllGlobals();
  onlineManager.setOnline(true);
});

describe('AppProviders', () => {
  it('without an answer from the API, shows the error at once, then the data once the probe finds the API', async () => {
    const health = vi.fn<() => Promise<Response>>(() => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', health);
    render(
      <AppProviders>
        <Dashboard />
      </AppProviders>,
    );
    expect(await screen.findByText('could not load')).toBeTruthy();
    // Not retried into a pause: the request was made once, and React Query now waits for the API.
    expect(dashboardCalls).toHaveBeenCalledTimes(1);
    expect(onlineManager.isOnline()).toBe(false);

    apiThere = true;
    health.mockImplementation(() => Promise.resolve(new Response('{"status":"ok"}')));
    window.dispatchEvent(new Event('focus'));
    await waitFor(() => expect(screen.getByText('the live dashboard')).toBeTruthy());
    expect(onlineManager.isOnline()).toBe(true);
    expect(dashboardCalls).toHaveBeenCalledTimes(2);
  });
});
