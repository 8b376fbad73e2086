import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { parsePublicEnv } from './src/lib/env';

// Fails `next build` / `next dev` with the name of every missing or malformed variable.
const env = parsePublicEnv(process.env);

const nextConfig: NextConfig = {
  // A self-contained server for the container image (Dockerfile `web` target); `next start` still serves it.
  output: 'standalone',
  // The validated configuration, inlined for src/lib/config.ts (the browser gets values, not the schema).
  env: { SPENDWISE_WEB_CONFIG: JSON.stringify(env) },
  reactStrictMode: true,
  // `next dev` serves its scripts and HMR socket only to localhost unless told otherwise: opened at 127.0.0.1 or
  // the network address it prints, a page would never hydrate (and, before CredentialForm, its forms submitted
  // natively). The local stack passes those hosts (packages/local-stack devHosts); production ignores this.
  allowedDevOrigins: (process.env.SPENDWISE_DEV_ORIGINS ?? '127.0.0.1').split(',').filter(Boolean),
  turbopack: {
    // The contracts package ships CommonJS for the API. Bundled as such, it drags a second, CommonJS copy of zod
    // into every page that uses a form (about 95 KB gzip) and cannot be tree-shaken; its TypeScript source is
    // the same code as ES modules. Types still come from its build (dist/*.d.ts).
    resolveAlias: {
      '@spendwise/contracts': '../../packages/contracts/src/index.ts',
      '@spendwise/contracts/money': '../../packages/contracts/src/money.ts',
      '@spendwise/contracts/defaults': '../../packages/contracts/src/defaults.ts',
    },
  },
  poweredByHeader: false,
  // The Content-Security-Policy is not here: it carries a fresh nonce per request, set by src/proxy.ts
  // (policy in src/lib/security/content-security-policy.ts). These headers are the same for every response.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

// next-intl finds the per-request language and messages in src/i18n/request.ts. The message files are compiled at
// build time, so the browser gets ready-to-format messages and no ICU parser: about 12 KB gzip off every page's
// first load (issue 21's 250 KB budget).
export default createNextIntlPlugin({
  requestConfig: './src/i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
})(nextConfig);
