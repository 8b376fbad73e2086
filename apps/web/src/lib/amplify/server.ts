/** Amplify on the server: reads (and refreshes) the cookie session for the proxy and server code. */
import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import type { NextRequest, NextResponse } from 'next/server';
import { amplifyConfig } from './config';
import { sessionCookieOptions } from './cookies';

export const { runWithAmplifyServerContext } = createServerRunner({
  config: amplifyConfig,
  runtimeOptions: { cookies: sessionCookieOptions.server },
});

/**
 * - `signed-in`: the request carries a valid session (an expired access token is refreshed with the refresh
 *   token; the new cookies are written to `response`);
 * - `signed-out`: no session, or Cognito refused the refresh token (revoked, expired: Amplify then returns no
 *   tokens and clears them);
 * - `unknown`: Cognito could not answer the refresh (TooManyRequestsException, 5xx, timeout). Amplify keeps the
 *   tokens for a retry; so does the app: nobody is sent to sign in because Cognito is throttling.
 */
export type SessionState = 'signed-in' | 'signed-out' | 'unknown';

export async function sessionState(request: NextRequest, response: NextResponse): Promise<SessionState> {
  return runWithAmplifyServerContext({
    nextServerContext: { request, response },
    operation: async (contextSpec) => {
      try {
        const session = await fetchAuthSession(contextSpec);
        return session.tokens?.accessToken !== undefined ? 'signed-in' : 'signed-out';
      } catch (error) {
        console.warn(
          `session check: Cognito could not refresh the session (${error instanceof Error ? error.name : 'error'}); keeping it`,
        );
        return 'unknown';
      }
    },
  });
}
