/**
 * Runs before every page in the matcher: people without a session are sent to sign in (and brought back
 * afterwards), signed-in people skip the sign-in and sign-up pages. The session is Amplify's cookie session,
 * validated (and refreshed) on the server. The API still checks the token on every call: this is navigation,
 * not the security boundary.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { hasValidSession } from '@/lib/amplify/server';
import { HOME_PATH, isProtectedPath, isSignedOutOnlyPath, signInPathFor } from '@/lib/routes';

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const response = NextResponse.next();
  const signedIn = await hasValidSession(request, response);

  if (!signedIn && isProtectedPath(pathname)) {
    return NextResponse.redirect(new URL(signInPathFor(`${pathname}${search}`), request.url));
  }
  if (signedIn && (isSignedOutOnlyPath(pathname) || pathname === '/')) {
    return NextResponse.redirect(new URL(HOME_PATH, request.url));
  }
  if (!signedIn && pathname === '/') {
    return NextResponse.redirect(new URL('/signin', request.url));
  }
  return response;
}

export const config = {
  matcher: [
    '/',
    '/dashboard/:path*',
    '/expenses/:path*',
    '/budgets/:path*',
    '/categories/:path*',
    '/settings/:path*',
    '/signin',
    '/signup',
  ],
};
