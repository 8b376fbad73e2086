/**
 * Runs before every page:
 *
 * - **Content-Security-Policy with a fresh nonce.** The policy goes on the request, where Next.js reads the nonce
 *   and puts it on its own scripts while rendering (pages render per request: the root layout reads
 *   `x-nonce`), and on the response, where the browser enforces it. See src/lib/security.
 * - **Session redirects** on the guarded pages: people without a session are sent to sign in (and brought back
 *   afterwards), signed-in people skip the sign-in and sign-up pages. The session is Amplify's cookie session,
 *   validated (and refreshed) on the server. The API still checks the token on every call: this is navigation,
 *   not the security boundary.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { sessionState } from '@/lib/amplify/server';
import { config as appConfig } from '@/lib/config';
import { HOME_PATH, isProtectedPath, isSignedOutOnlyPath, signInPathFor } from '@/lib/routes';
import {
  buildContentSecurityPolicy,
  connectOrigins,
  createNonce,
} from '@/lib/security/content-security-policy';

const origins = connectOrigins(appConfig);
const development = process.env.NODE_ENV === 'development';

/** The pages whose access depends on the session (the only ones that pay for the session check). */
const isGuardedPath = (pathname: string) =>
  pathname === '/' || isProtectedPath(pathname) || isSignedOutOnlyPath(pathname);

export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const contentSecurityPolicy = buildContentSecurityPolicy({ nonce, ...origins, development });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', contentSecurityPolicy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', contentSecurityPolicy);

  const { pathname } = request.nextUrl;
  if (!isGuardedPath(pathname)) return response;
  const target = await sessionRedirect(request, response);
  if (!target) return response;
  const redirect = NextResponse.redirect(new URL(target, request.url));
  redirect.headers.set('Content-Security-Policy', contentSecurityPolicy);
  return redirect;
}

/** Where a guarded page sends this person instead, or null to show it. */
async function sessionRedirect(request: NextRequest, response: NextResponse): Promise<string | null> {
  const { pathname, search } = request.nextUrl;
  const state = await sessionState(request, response);
  // 'unknown' (Cognito throttling or failing) is neither: the page is shown and its own calls retry.
  if (state === 'signed-out' && isProtectedPath(pathname)) return signInPathFor(`${pathname}${search}`);
  if (state === 'signed-in' && (isSignedOutOnlyPath(pathname) || pathname === '/')) return HOME_PATH;
  if (state === 'signed-out' && pathname === '/') return '/signin';
  return null;
}

export const config = {
  matcher: [
    // Every page, for its nonce — not static files, image optimisation or icons, and not prefetches, which are
    // router data rather than documents (a policy on them would never be enforced).
    {
      source:
        '/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg|apple-icon\\.png|icons/|manifest\\.webmanifest).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
    // The guarded pages also when prefetched, so a prefetch is redirected exactly like a visit (as before).
    '/',
    '/dashboard/:path*',
    '/expenses/:path*',
    '/recurring/:path*',
    '/budgets/:path*',
    '/categories/:path*',
    '/settings/:path*',
    '/import/:path*',
    '/rules/:path*',
    '/signin',
    '/signup',
  ],
};
