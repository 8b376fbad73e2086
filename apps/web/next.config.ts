import type { NextConfig } from 'next';
import { parsePublicEnv } from './src/lib/env';

// Fails `next build` / `next dev` with the name of every missing or malformed variable.
const env = parsePublicEnv(process.env);

const cognitoOrigin =
  env.NEXT_PUBLIC_COGNITO_ENDPOINT ?? `https://cognito-idp.${env.NEXT_PUBLIC_AWS_REGION}.amazonaws.com`;
const isDev = process.env.NODE_ENV === 'development';

// The browser may talk to this app, the API and Cognito, and nothing else.
const contentSecurityPolicy = [
  "default-src 'self'",
  // Next.js bootstraps hydration with inline scripts; dev mode also evaluates code for fast refresh.
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self' ${new URL(env.NEXT_PUBLIC_API_URL).origin} ${new URL(cognitoOrigin).origin}${isDev ? ' ws:' : ''}`,
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

const nextConfig: NextConfig = {
  // A self-contained server for the container image (Dockerfile `web` target); `next start` still serves it.
  output: 'standalone',
  // The validated configuration, inlined for src/lib/config.ts (the browser gets values, not the schema).
  env: { SPENDWISE_WEB_CONFIG: JSON.stringify(env) },
  reactStrictMode: true,
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
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: contentSecurityPolicy },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
