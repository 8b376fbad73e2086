import { describe, it, expect, beforeAll } from 'vitest';
import { LOCAL_COGNITO } from './support/constants';
import { claimsOf, newUser, signIn, type Tokens } from './support/cognito';
import { expiredToken, tamperedToken, tokenSignedByAnotherKey, unsignedToken } from './support/forged-tokens';
import { linesOfRequest } from './support/api-log';
import { call } from './support/http';

describe('authentication with Cognito access tokens', () => {
  let user: Tokens & { email: string };

  beforeAll(async () => {
    user = await newUser('auth');
  });

  it('accepts a real access token from the emulator', async () => {
    const response = await call('GET', '/me', { token: user.accessToken });
    expect(response.status).toBe(200);
    expect(response.body.email).toBe(user.email);
  });

  it('answers a request without a token with 401, the error body and a Bearer challenge', async () => {
    const response = await call('GET', '/me');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="spendwise"');
    expect(response.body).toEqual({
      statusCode: 401,
      error: 'UNAUTHENTICATED',
      message: expect.any(String),
      requestId: response.headers.get('x-request-id'),
    });
  });

  describe('rejects every kind of bad token with the same 401', () => {
    // The reason is logged for operators (never sent to the client): it proves which check caught each attack.
    const attacks: Array<[string, (tokens: Tokens) => Promise<string> | string, string]> = [
      ['garbage', () => 'this-is-not-a-jwt', 'JwtParseError'],
      ['a tampered payload', (tokens) => tamperedToken(tokens.accessToken), 'JwtInvalidSignatureError'],
      ['an expired token', (tokens) => expiredToken(tokens.accessToken), 'JwtExpiredError'],
      [
        'an ID token instead of an access token',
        (tokens) => tokens.idToken,
        'CognitoJwtInvalidTokenUseError',
      ],
      [
        'a token for another app client',
        async () => (await signIn(user.email, LOCAL_COGNITO.otherClientId)).accessToken,
        'CognitoJwtInvalidClientIdError',
      ],
      [
        'a token signed by another key',
        (tokens) => tokenSignedByAnotherKey(tokens.accessToken),
        'JwtInvalidSignatureError',
      ],
      ['an unsigned (alg: none) token', (tokens) => unsignedToken(tokens.accessToken), 'JwtParseError'],
    ];

    it.each(attacks)('%s', async (_attack, forge, reason) => {
      const token = await forge(user);
      const response = await call('GET', '/me', { token });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe(
        'Bearer realm="spendwise", error="invalid_token"',
      );
      expect(response.body).toEqual({
        statusCode: 401,
        error: 'UNAUTHENTICATED',
        message: 'Authentication required: send a valid access token as a Bearer token',
        requestId: expect.any(String),
      });
      const lines = await linesOfRequest(response.body.requestId);
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'access token rejected', reason }));
    });

    it('(the other-client token used above is genuine: an access token, only for another client)', async () => {
      const other = await signIn(user.email, LOCAL_COGNITO.otherClientId);
      expect(claimsOf(other.accessToken)).toMatchObject({
        client_id: LOCAL_COGNITO.otherClientId,
        token_use: 'access',
      });
    });
  });

  it('ignores tokens passed in the query string (they would end up in logs)', async () => {
    const response = await call('GET', `/me?access_token=${user.accessToken}`);
    expect(response.status).toBe(401);
  });

  it('keeps health and docs public', async () => {
    expect((await call('GET', '/health')).status).toBe(200);
    expect((await call('GET', '/health/ready')).body).toEqual({ status: 'ok', checks: { database: 'up' } });
    expect((await call('GET', '/docs-json')).status).toBe(200);
  });
});
