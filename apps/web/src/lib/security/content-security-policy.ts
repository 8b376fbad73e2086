/**
 * The web app's Content-Security-Policy, built per request by src/proxy.ts with a fresh nonce.
 *
 * Scripts: only those carrying this response's nonce (Next.js puts it on its own scripts, the root layout on the
 * theme script) and what they load ('strict-dynamic'), so injected markup such as `<script>` or
 * `<img onerror>` cannot run even if it ever reached the page. Connections: this app, the API and Cognito only.
 */
import type { PublicEnv } from '@/lib/env';

export interface ContentSecurityPolicyOptions {
  /** This response's nonce (base64, from `createNonce`). */
  nonce: string;
  /** Origin of the SpendWise API, e.g. `https://api.example.com`. */
  apiOrigin: string;
  /** Origin Amplify calls for Cognito: the regional endpoint, or the local emulator. */
  cognitoOrigin: string;
  /** `next dev`: fast refresh needs eval and a WebSocket. Never true in a production build. */
  development: boolean;
}

// Base64 as produced by createNonce; anything else (a quote, `;`, a space) would let a value rewrite the policy.
const NONCE = /^[A-Za-z0-9+/]{22,}={0,2}$/;

/** 128 random bits, base64: unguessable and new for every request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The origins the browser may connect to besides this app, from the validated configuration. */
export function connectOrigins(env: PublicEnv): { apiOrigin: string; cognitoOrigin: string } {
  const cognito =
    env.NEXT_PUBLIC_COGNITO_ENDPOINT ?? `https://cognito-idp.${env.NEXT_PUBLIC_AWS_REGION}.amazonaws.com`;
  return { apiOrigin: new URL(env.NEXT_PUBLIC_API_URL).origin, cognitoOrigin: new URL(cognito).origin };
}

export function buildContentSecurityPolicy(options: ContentSecurityPolicyOptions): string {
  const { nonce, apiOrigin, cognitoOrigin, development } = options;
  if (!NONCE.test(nonce)) throw new Error('CSP nonce must be base64 of at least 16 random bytes');
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    // 'strict-dynamic': scripts the nonced scripts load (Next.js chunks, next/dynamic) are trusted too; CSP 3
    // browsers then ignore 'self'. No 'unsafe-inline': inline scripts and event-handler attributes are refused.
    // React's dev build evaluates code for fast refresh and error overlays; production never needs eval.
    [
      'script-src',
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    // 'unsafe-inline' stays for styles: React `style` attributes (swatches, chart sizes) and recharts' inline
    // styles cannot carry a nonce, and a nonce in this directive would make browsers ignore 'unsafe-inline'.
    // Styles cannot run code, so this does not reopen script injection.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", apiOrigin, cognitoOrigin, ...(development ? ['ws:'] : [])],
    // The service worker (public/sw.js). Without this, workers fall back to script-src, where 'strict-dynamic'
    // drops 'self' and a worker has no nonce to show: registration would be refused.
    ['worker-src', "'self'"],
    ['frame-ancestors', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['object-src', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}
