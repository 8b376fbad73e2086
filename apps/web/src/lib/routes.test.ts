import { describe, expect, it } from 'vitest';
import { isProtectedPath, isSignedOutOnlyPath, safeNextPath, signInPathFor } from './routes';

describe('route rules', () => {
  it('knows which pages need a session', () => {
    expect(isProtectedPath('/dashboard')).toBe(true);
    expect(isProtectedPath('/expenses/anything')).toBe(true);
    expect(isProtectedPath('/recurring')).toBe(true);
    expect(isProtectedPath('/import')).toBe(true);
    expect(isProtectedPath('/rules')).toBe(true);
    expect(isProtectedPath('/dashboards')).toBe(false);
    expect(isProtectedPath('/signin')).toBe(false);
    expect(isSignedOutOnlyPath('/signup')).toBe(true);
    expect(isSignedOutOnlyPath('/confirm-signup')).toBe(false);
  });

  it('returns to the page the person was going to, with its query', () => {
    expect(safeNextPath('/expenses?q=coffee')).toBe('/expenses?q=coffee');
    expect(signInPathFor('/expenses?q=coffee')).toBe('/signin?next=%2Fexpenses%3Fq%3Dcoffee');
  });

  it('never redirects outside the app or to a page that is not behind sign-in', () => {
    for (const next of [
      null,
      '',
      'https://evil.example/dashboard',
      '//evil.example/dashboard',
      '/\\evil.example',
      'javascript:alert(1)',
      '/signin',
      '/unknown',
    ]) {
      expect(safeNextPath(next)).toBe('/dashboard');
    }
  });
});
