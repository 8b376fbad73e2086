/** Amplify on the server: reads (and refreshes) the cookie session for the proxy and server code. */
import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import type { NextRequest, NextResponse } from 'next/server';
import { amplifyConfig } from './config';

export const { runWithAmplifyServerContext } = createServerRunner({ config: amplifyConfig });

/**
 * True when the request carries a valid session. Expired access tokens are refreshed with the refresh token;
 * the new cookies are written to `response`.
 */
export async function hasValidSession(request: NextRequest, response: NextResponse): Promise<boolean> {
  return runWithAmplifyServerContext({
    nextServerContext: { request, response },
    operation: async (contextSpec) => {
      try {
        const session = await fetchAuthSession(contextSpec);
        return session.tokens?.accessToken !== undefined;
      } catch {
        // A refresh token that Cognito rejects (revoked, expired) simply means "signed out".
        return false;
      }
    },
  });
}
