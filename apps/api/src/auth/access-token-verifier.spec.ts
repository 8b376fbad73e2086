import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type AppConfig } from '../config/app-config';
import { ServiceUnavailableError } from '../errors/domain-error';
import { type UserProvisioningService } from './user-provisioning.service';
import { AccessTokenVerifier } from './access-token-verifier';
import { ActiveSessions } from './active-sessions';
import { BearerAuthenticator } from './bearer-authenticator';
import { type CognitoUserDirectory } from './cognito-user-directory';

const POOL_ID = 'us-east-1_TestPool1';
const CLIENT_ID = 'webclient123';
const ISSUER = `https://cognito-idp.us-east-1.amazonaws.com/${POOL_ID}`;

function rsaKey(kid: string) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, jwk: { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' } };
}

function signJwt(key: { kid: string; privateKey: KeyObject }, claims: Record<string, unknown>): string {
  const header = Buffer.from(JSON.stringify({ alg: 'RS256', kid: key.kid })).toString('base64url');
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), key.privateKey).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

function accessClaims(overrides: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: 'user-sub-1',
    iss: ISSUER,
    client_id: CLIENT_ID,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    iat: now,
    exp: now + 3600,
    ...overrides,
  };
}

/** A stand-in for the Cognito emulator: serves the pool's JWKS over plain http, and can go down. */
async function startJwksServer(jwks: object) {
  let requests = 0;
  const server: Server = createServer((request, response) => {
    requests += 1;
    if (request.url === `/${POOL_ID}/.well-known/jwks.json`) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function localConfig(endpoint: string): AppConfig {
  return {
    cognito: { userPoolId: POOL_ID, clientId: CLIENT_ID, localEmulatorEndpoint: endpoint },
  } as AppConfig;
}

/** Counts the checks that reach aws-jwt-verify (the signature and claims), behind the verifier's memo. */
function spyOnSignatureChecks(verifier: AccessTokenVerifier) {
  const inner = (verifier as unknown as { verifier: { verify: (token: string) => Promise<unknown> } })
    .verifier;
  return vi.spyOn(inner, 'verify');
}

describe('AccessTokenVerifier (local emulator mode)', () => {
  const trusted = rsaKey('trusted-key');
  const stranger = rsaKey('stranger-key');
  let jwks: Awaited<ReturnType<typeof startJwksServer>>;
  let verifier: AccessTokenVerifier;

  beforeEach(async () => {
    jwks = await startJwksServer({ keys: [trusted.jwk] });
    verifier = new AccessTokenVerifier(localConfig(jwks.endpoint));
    await verifier.onModuleInit();
  });
  afterEach(() => jwks.stop());

  it('accepts a valid access token for the web client and returns its claims', async () => {
    await expect(verifier.verify(signJwt(trusted, accessClaims()))).resolves.toMatchObject({
      sub: 'user-sub-1',
      clientId: CLIENT_ID,
    });
  });

  it.each([
    ['expired', accessClaims({ exp: Math.floor(Date.now() / 1000) - 60 })],
    ['an ID token', accessClaims({ token_use: 'id', aud: CLIENT_ID })],
    ['for another app client', accessClaims({ client_id: 'otherclient999' })],
    [
      'from another issuer',
      accessClaims({ iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other' }),
    ],
  ])('rejects a token that is %s', async (_case, claims) => {
    await expect(verifier.verify(signJwt(trusted, claims))).resolves.toBeNull();
  });

  it('rejects a token signed by a key outside the JWKS, even when it claims a trusted key id', async () => {
    await expect(verifier.verify(signJwt(stranger, accessClaims()))).resolves.toBeNull();
    await expect(
      verifier.verify(signJwt({ ...stranger, kid: trusted.kid }, accessClaims())),
    ).resolves.toBeNull();
  });

  it('rejects a tampered payload, an unsigned token and garbage, also after the genuine token passed', async () => {
    const genuine = signJwt(trusted, accessClaims());
    await expect(verifier.verify(genuine)).resolves.not.toBeNull();
    const [header, , signature] = genuine.split('.');
    const forgedPayload = Buffer.from(JSON.stringify(accessClaims({ sub: 'someone-else' }))).toString(
      'base64url',
    );
    const unsignedHeader = Buffer.from(JSON.stringify({ alg: 'none', kid: trusted.kid })).toString(
      'base64url',
    );
    await expect(verifier.verify(`${header}.${forgedPayload}.${signature}`)).resolves.toBeNull();
    await expect(verifier.verify(`${unsignedHeader}.${forgedPayload}.`)).resolves.toBeNull();
    await expect(verifier.verify('not-a-jwt')).resolves.toBeNull();
  });

  it('checks the signature of a token once, then remembers it until it expires', async () => {
    const signatureChecks = spyOnSignatureChecks(verifier);
    const now = Math.floor(Date.now() / 1000);
    const token = signJwt(trusted, accessClaims({ iat: now, exp: now + 60 }));
    expect(verifier.remembered(token)).toBeUndefined();
    const first = await verifier.verify(token);
    await expect(verifier.verify(token)).resolves.toEqual(first);
    expect(verifier.remembered(token)).toEqual(first);
    expect(signatureChecks).toHaveBeenCalledTimes(1);

    vi.useFakeTimers({
      now: (now + 61) * 1000,
      toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
    try {
      expect(verifier.remembered(token)).toBeUndefined();
      await expect(verifier.verify(token)).resolves.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('checks a new token once when several requests bring it at the same time', async () => {
    const signatureChecks = spyOnSignatureChecks(verifier);
    const token = signJwt(trusted, accessClaims());
    const results = await Promise.all([
      verifier.verify(token),
      verifier.verify(token),
      verifier.verify(token),
    ]);
    expect(results[0]).not.toBeNull();
    expect(results).toEqual([results[0], results[0], results[0]]);
    expect(signatureChecks).toHaveBeenCalledTimes(1);
  });

  it('does not remember rejected tokens', async () => {
    const signatureChecks = spyOnSignatureChecks(verifier);
    const wrongClient = signJwt(trusted, accessClaims({ client_id: 'otherclient999' }));
    await expect(verifier.verify(wrongClient)).resolves.toBeNull();
    await expect(verifier.verify(wrongClient)).resolves.toBeNull();
    expect(signatureChecks).toHaveBeenCalledTimes(2);
  });

  it('fetches the JWKS at boot, not per token, and keeps using it when the endpoint goes away', async () => {
    const fetchedAtBoot = jwks.requests();
    expect(fetchedAtBoot).toBeGreaterThan(0);
    await verifier.verify(signJwt(trusted, accessClaims()));
    expect(jwks.requests()).toBe(fetchedAtBoot);
    await jwks.stop();
    await expect(verifier.verify(signJwt(trusted, accessClaims()))).resolves.not.toBeNull();
  });
});

describe("a cold page load's first calls (the real authenticator, verifier and session check together)", () => {
  it('verify the new token once and ask Cognito once, however many arrive at the same time', async () => {
    const trusted = rsaKey('trusted-key');
    const jwks = await startJwksServer({ keys: [trusted.jwk] });
    try {
      const config = {
        cognito: {
          ...localConfig(jwks.endpoint).cognito,
          sessionCheckSeconds: 60,
          sessionWriteCheckSeconds: 0,
          sessionGraceSeconds: 600,
        },
      } as AppConfig;
      const verifier = new AccessTokenVerifier(config);
      await verifier.onModuleInit();
      const signatureChecks = spyOnSignatureChecks(verifier);
      const directory = { getEmail: vi.fn().mockResolvedValue('ada@example.com') };
      const provisioning = {
        userFor: vi.fn().mockResolvedValue({ id: 'user-1', cognitoSub: 'user-sub-1' }),
      };
      const authenticator = new BearerAuthenticator(
        verifier,
        new ActiveSessions(config, directory as unknown as CognitoUserDirectory),
        provisioning as unknown as UserProvisioningService,
        directory as unknown as CognitoUserDirectory,
      );
      const token = signJwt(trusted, accessClaims());
      // The list page's first load: /me, /categories and /expenses leave together with the same new token.
      const users = await Promise.all(
        ['/me', '/categories', '/expenses?limit=25'].map(() => authenticator.authenticate(token, 'GET')),
      );
      expect(users).toEqual([
        { id: 'user-1', cognitoSub: 'user-sub-1' },
        { id: 'user-1', cognitoSub: 'user-sub-1' },
        { id: 'user-1', cognitoSub: 'user-sub-1' },
      ]);
      expect(signatureChecks).toHaveBeenCalledTimes(1);
      expect(directory.getEmail).toHaveBeenCalledTimes(1);
    } finally {
      await jwks.stop();
    }
  });
});

describe('AccessTokenVerifier when the keys cannot be fetched', () => {
  it('answers 503 (our problem), not 401, while the JWKS is unreachable', async () => {
    const jwks = await startJwksServer({ keys: [] });
    await jwks.stop();
    const verifier = new AccessTokenVerifier(localConfig(jwks.endpoint));
    await verifier.onModuleInit();
    const token = signJwt(rsaKey('any'), accessClaims());
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(ServiceUnavailableError);
  });
});
