'use client';
/**
 * Configures Amplify in the browser. Every module that calls Amplify Auth imports this one first, so the
 * configuration is in place before any call. `ssr: true` keeps the tokens in cookies, where the server-side
 * proxy (src/proxy.ts) reads the same session.
 */
import { Amplify } from 'aws-amplify';
import { amplifyConfig } from './config';

Amplify.configure(amplifyConfig, { ssr: true });
