import { describe, expect, it } from 'vitest';
import { LOCAL_STACK_ENV, parsePublicEnv } from '@/lib/env';
import { buildContentSecurityPolicy, connectOrigins, createNonce } from './content-security-policy';

const directives = (policy: string) =>
  new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...values] = directive.split(' ');
      return [name, values] as const;
    }),
  );

const ORIGINS = {
  apiOrigin: 'https://api.example.com',
  cognitoOrigin: 'https://cognito-idp.eu-west-1.amazonaws.com',
};

describe('content security policy', () => {
  it('makes a different, unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it('allows only nonced scripts in production: no inline scripts, no eval', () => {
    const nonce = createNonce();
    const policy = directives(buildContentSecurityPolicy({ nonce, ...ORIGINS, development: false }));
    expect(policy.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    // Styles keep 'unsafe-inline' (React style attributes); a nonce there would switch it off.
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('lets the browser connect to this app, the API and Cognito, and nothing else', () => {
    const policy = directives(
      buildContentSecurityPolicy({ nonce: createNonce(), ...ORIGINS, development: false }),
    );
    expect(policy.get('connect-src')).toEqual(["'self'", ORIGINS.apiOrigin, ORIGINS.cognitoOrigin]);
  });

  it("allows workers from this app only: the service worker, which 'strict-dynamic' would refuse", () => {
    const policy = directives(
      buildContentSecurityPolicy({ nonce: createNonce(), ...ORIGINS, development: false }),
    );
    expect(policy.get('worker-src')).toEqual(["'self'"]);
  });

  it('adds only what fast refresh needs in development', () => {
    const nonce = createNonce();
    const production = directives(buildContentSecurityPolicy({ nonce, ...ORIGINS, development: false }));
    const development = directives(buildContentSecurityPolicy({ nonce, ...ORIGINS, development: true }));
    expect(development.get('script-src')).toEqual([...production.get('script-src')!, "'unsafe-eval'"]);
    expect(development.get('script-src')).not.toContain("'unsafe-inline'");
    expect(development.get('connect-src')).toEqual([...production.get('connect-src')!, 'ws:']);
    for (const name of ['style-src', 'img-src', 'object-src', 'frame-ancestors', 'base-uri', 'form-action']) {
      expect(development.get(name)).toEqual(production.get(name));
    }
  });

  it('refuses a nonce that could rewrite the policy', () => {
    for (const nonce of [
      '',
      'short',
      "abc' 'unsafe-inline",
      'AAAAAAAAAAAAAAAAAAAAAAAA; script-src *',
      'A'.repeat(22) + ' x',
    ]) {
      expect(() => buildContentSecurityPolicy({ nonce, ...ORIGINS, development: false })).toThrow(/nonce/);
    }
  });

  it('takes the API and Cognito origins from the configuration (paths dropped)', () => {
    expect(connectOrigins(parsePublicEnv({}))).toEqual({
      apiOrigin: LOCAL_STACK_ENV.NEXT_PUBLIC_API_URL,
      cognitoOrigin: LOCAL_STACK_ENV.NEXT_PUBLIC_COGNITO_ENDPOINT,
    });
    const aws = parsePublicEnv({
      NEXT_PUBLIC_API_URL: 'https://api.example.com/v1',
      NEXT_PUBLIC_AWS_REGION: 'eu-west-1',
      NEXT_PUBLIC_COGNITO_USER_POOL_ID: 'eu-west-1_AbCdEf123',
      NEXT_PUBLIC_COGNITO_CLIENT_ID: 'abc123',
    });
    expect(connectOrigins(aws)).toEqual(ORIGINS);
  });
});
