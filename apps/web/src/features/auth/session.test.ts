// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepDashboard, keptDashboardOf } from '@/lib/offline/kept-dashboard';
import { keptFor } from '@/test/kept-dashboard';

const signOut = vi.fn();
const loadTokens = vi.fn();
vi.mock('aws-amplify/auth', () => ({
  signOut: (...args: unknown[]) => signOut(...args),
  updatePassword: vi.fn(),
}));
vi.mock('aws-amplify/auth/cognito', () => ({
  cognitoUserPoolsTokenProvider: { authTokenStore: { loadTokens: () => loadTokens() } },
}));
vi.mock('@/lib/amplify/configure-client', () => ({}));

const { signOutEverywhere, signOutOfThisDevice, storedSessionUser } = await import('./session');

describe('signing out forgets what was kept for offline use', () => {
  afterEach(() => {
    window.localStorage.clear();
    signOut.mockReset();
  });

  it('on this device, even when Cognito cannot be reached', async () => {
    keepDashboard(keptFor('sub-a'));
    signOut.mockRejectedValueOnce(new Error('NetworkError'));
    await expect(signOutOfThisDevice()).rejects.toThrow('NetworkError');
    expect(keptDashboardOf('sub-a')).toBeNull();
  });

  it('everywhere', async () => {
    keepDashboard(keptFor('sub-a'));
    await signOutEverywhere();
    expect(signOut).toHaveBeenCalledWith({ global: true });
    expect(keptDashboardOf('sub-a')).toBeNull();
  });
});

describe('storedSessionUser', () => {
  it("names the stored session's Cognito user without refreshing anything", async () => {
    loadTokens.mockResolvedValueOnce({ accessToken: { payload: { sub: 'sub-a' } } });
    expect(await storedSessionUser()).toBe('sub-a');
  });

  it('is null when no one is signed in here, or the stored tokens cannot be read', async () => {
    loadTokens.mockResolvedValueOnce(null);
    expect(await storedSessionUser()).toBeNull();
    loadTokens.mockRejectedValueOnce(new Error('damaged'));
    expect(await storedSessionUser()).toBeNull();
  });
});
