/** Which pages need a session, which are for signed-out people, and where to go after signing in. */

export const HOME_PATH = '/dashboard';
const SIGN_IN_PATH = '/signin';

const PROTECTED_SECTIONS = [
  '/dashboard',
  '/expenses',
  '/recurring',
  '/budgets',
  '/categories',
  '/settings',
  '/import',
  '/rules',
];
const SIGNED_OUT_ONLY = ['/signin', '/signup'];

const inSection = (pathname: string, section: string) =>
  pathname === section || pathname.startsWith(`${section}/`);

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_SECTIONS.some((section) => inSection(pathname, section));
}

export function isSignedOutOnlyPath(pathname: string): boolean {
  return SIGNED_OUT_ONLY.some((section) => inSection(pathname, section));
}

/**
 * The page to return to after signing in. Only paths inside this app are accepted, so a crafted
 * `?next=https://evil.example` or `?next=//evil.example` cannot turn sign-in into an open redirect.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return HOME_PATH;
  try {
    const url = new URL(next, 'http://app.invalid');
    if (url.origin !== 'http://app.invalid' || !isProtectedPath(url.pathname)) return HOME_PATH;
    return `${url.pathname}${url.search}`;
  } catch {
    return HOME_PATH;
  }
}

/** `/signin?next=<where the person was going>` */
export function signInPathFor(pathWithQuery: string): string {
  return `${SIGN_IN_PATH}?next=${encodeURIComponent(pathWithQuery)}`;
}
