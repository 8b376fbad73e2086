/**
 * The first page of a signed-in screen, fetched on the server while it renders, so its rows are in the HTML
 * instead of waiting for the browser to parse, hydrate and read the session (1–1.6 s of a cold load on a busy
 * machine: BENCHMARKS.md). The token comes from the session cookie (Amplify's server context) and goes only to
 * the API, in the Authorization header: never into the HTML or a URL. Anything that goes wrong here — no
 * session, an API that is down or slow — just returns null, and the page loads its data in the browser as
 * before (where failures are shown and retried).
 */
import { fetchAuthSession } from 'aws-amplify/auth/server';
import { cookies } from 'next/headers';
import { runWithAmplifyServerContext } from '@/lib/amplify/server';
import { config } from '@/lib/config';
import type { ApiPath } from './client';

/** How long the render waits for the API before leaving the data to the browser. */
const SERVER_FETCH_TIMEOUT_MS = 2_000;

type Query = Record<string, string | number | undefined | null>;

export async function serverAccessToken(): Promise<string | null> {
  try {
    return await runWithAmplifyServerContext({
      nextServerContext: { cookies },
      operation: async (contextSpec) =>
        (await fetchAuthSession(contextSpec)).tokens?.accessToken?.toString() ?? null,
    });
  } catch {
    return null;
  }
}

/** GET from the API (base URL from the app's config) with this token; null unless it answers 200 with JSON. */
export async function serverGet<T>(
  token: string,
  path: ApiPath<'GET'>,
  query: Query = {},
): Promise<T | null> {
  const url = new URL(`${config.NEXT_PUBLIC_API_URL}${path}`);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  try {
    const response = await fetch(url, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
      cache: 'no-store',
      signal: AbortSignal.timeout(SERVER_FETCH_TIMEOUT_MS),
    });
    return response.status === 200 ? ((await response.json()) as T) : null;
  } catch {
    return null;
  }
}
