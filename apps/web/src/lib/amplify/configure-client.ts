'use client';
/**
 * Configures Amplify in the browser. Every module that calls Amplify Auth imports this one first, so the
 * configuration is in place before any call. `ssr: true` keeps the tokens in cookies, where the server-side
 * proxy (src/proxy.ts) reads the same session.
 */
import { Amplify } from 'aws-amplify';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { CookieStorage } from 'aws-amplify/utils';
import { sessionCookieOptions } from './cookies';
import { amplifyConfig } from './config';

Amplify.configure(amplifyConfig, { ssr: true });
// Amplify's own cookie storage for `ssr: true` keeps the tokens for 365 days whatever the refresh token's
// validity; this one ends with the session it carries (see ./cookies.ts).
cognitoUserPoolsTokenProvider.setKeyValueStorage(new CookieStorage(sessionCookieOptions.browser));
