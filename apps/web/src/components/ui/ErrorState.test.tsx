// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api/errors';
import { apiAnswered, apiUnreachable, connection } from '@/lib/api/reachability';
import { fireEvent, render, screen, waitFor } from '@/test/render';
import { ErrorState } from './ErrorState';

const HEALTH = 'https://api.example.test/health';

afterEach(() => {
  apiAnswered();
  vi.unstubAllGlobals();
});

describe('ErrorState', () => {
  it('"Try again" asks at once whether the API is back, and retries', async () => {
    const health = vi.fn<(url: string) => Promise<Response>>(() =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    vi.stubGlobal('fetch', health);
    apiUnreachable(HEALTH);
    const onRetry = vi.fn();
    render(
      <ErrorState what="your dashboard" error={new ApiError('network', 'unreachable')} onRetry={onRetry} />,
    );
    expect(screen.getByRole('alert').textContent).toContain('We can’t reach SpendWise right now');

    health.mockImplementation(() => Promise.resolve(new Response('{"status":"ok"}')));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(health).toHaveBeenCalledWith(HEALTH, expect.anything());
    await waitFor(() => expect(connection()).toBe('online'));
  });
});
