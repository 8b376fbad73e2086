/**
 * The attributes of the cookies that carry a person's Cognito tokens, in the browser (Amplify's CookieStorage,
 * `expires` in days) and on the server (the Next.js adapter refreshing tokens, `maxAge` in seconds).
 *
 * - Lifetime: NEXT_PUBLIC_SESSION_DAYS, the app client's refresh token validity. Amplify's default is a year.
 * - SameSite=Lax, not Strict: a person following a link to SpendWise from their email must arrive signed in, and
 *   Strict would withhold the cookies on that first navigation. Lax still keeps them off cross-site POSTs.
 * - Not HttpOnly: sign-in happens in the browser (SRP, MFA codes) and Amplify's browser code must read and write
 *   these tokens. The adapter's HttpOnly cookies exist only for its server-side OAuth flow (Cognito managed login),
 *   which this app does not use and the local emulator cannot serve — see docs/security.md.
 */
import { config } from '@/lib/config';

const SECONDS_PER_DAY = 24 * 60 * 60;

export const sessionCookieOptions = {
  browser: { expires: config.NEXT_PUBLIC_SESSION_DAYS, sameSite: 'lax' },
  server: { maxAge: config.NEXT_PUBLIC_SESSION_DAYS * SECONDS_PER_DAY, sameSite: 'lax' },
} as const;
