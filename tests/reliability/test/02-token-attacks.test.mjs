/**
 * Token attacks: every forged, misused or stale token is refused with 401, with the same body and challenge as a
 * missing token (no oracle telling an attacker which check failed), and without touching the database.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LOCAL_COGNITO, SESSION_CHECK_SECONDS } from '../lib/api-process.mjs';
import { deleteUser, newUser, signIn } from '../lib/cognito.mjs';
import { databaseFingerprint, openDatabase } from '../lib/database.mjs';
import {
  algNone,
  claimsOf,
  hs256WithPublicKey,
  resigned,
  signedByStranger,
  tampered,
} from '../lib/forged-tokens.mjs';
import { call } from '../lib/http.mjs';
import { readStack, recordFigures } from '../lib/run-files.mjs';

const stack = readStack();
const db = openDatabase(stack.databaseUrl);
const now = () => Math.floor(Date.now() / 1000);
let person;
let requestsSent = 0;
let violations = 0;
let reference;
let noToken;

before(async () => {
  person = await newUser(stack.cognitoEndpoint, 'victim');
  const me = await call(stack.apiUrl, 'GET', '/me', { token: person.accessToken });
  assert.equal(me.status, 200, 'the genuine token works');
  // RFC 6750: a bad token's challenge says invalid_token, a missing one's does not; the bodies are the same.
  noToken = await call(stack.apiUrl, 'GET', '/expenses');
  reference = await call(stack.apiUrl, 'GET', '/expenses', { token: 'not.a.jwt' });
  assert.equal(noToken.status, 401);
  assert.equal(reference.status, 401);
});

after(async () => {
  recordFigures('token-attacks', { requestsSent, violations });
  await db.end();
});

const ATTACKS = {
  'alg none': (t) => algNone(t.accessToken),
  'HS256 signed with the public key': (t) => hs256WithPublicKey(t.accessToken),
  'signed by an unknown key with the real kid': (t) => signedByStranger(t.accessToken),
  'payload tampered, signature kept': (t) => tampered(t.accessToken),
  'wrong issuer': (t) =>
    resigned(t.accessToken, { iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Attacker1' }),
  'issuer of the emulator host instead of Amazon': (t) =>
    resigned(t.accessToken, { iss: `${stack.cognitoEndpoint}/${LOCAL_COGNITO.userPoolId}` }),
  'wrong client id (claim rewritten)': (t) =>
    resigned(t.accessToken, { client_id: LOCAL_COGNITO.otherClientId }),
  expired: (t) => resigned(t.accessToken, { iat: now() - 7200, exp: now() - 3600 }),
  'not yet valid (nbf in the future)': (t) =>
    resigned(t.accessToken, { nbf: now() + 3600, exp: now() + 7200 }),
  'ID token as access token': (t) => t.idToken,
  'token_use rewritten to id': (t) => resigned(t.accessToken, { token_use: 'id' }),
  'refresh token as bearer': (t) => t.refreshToken,
  'unknown key id': (t) => resigned(t.accessToken, {}, { kid: 'not-a-key' }),
  garbage: () => 'not.a.jwt',
  'empty segments': () => '..',
};

describe('forged and misused tokens are all 401 with one constant answer', () => {
  for (const [name, forge] of Object.entries(ATTACKS)) {
    it(name, async () => {
      const token = forge(person);
      const before = await databaseFingerprint(db);
      for (const [method, path, body] of [
        ['GET', '/me'],
        ['GET', '/expenses'],
        // Everything the person stored, in one zip.
        ['GET', '/me/export'],
        ['POST', '/expenses', { amountMinor: 1, occurredOn: '2026-01-01', description: 'forged' }],
      ]) {
        const response = await call(stack.apiUrl, method, path, { token, body });
        requestsSent += 1;
        if (response.status !== 401) violations += 1;
        assert.equal(response.status, 401, `${method} ${path}: ${response.text}`);
        assertSameAsNoToken(response);
      }
      assert.equal(await databaseFingerprint(db), before);
    });
  }

  it('a token for another app client of the same pool (genuinely issued) is 401', async () => {
    const other = await signIn(stack.cognitoEndpoint, person.email, LOCAL_COGNITO.otherClientId);
    assert.equal(claimsOf(other.accessToken).client_id, LOCAL_COGNITO.otherClientId);
    const response = await call(stack.apiUrl, 'GET', '/me', { token: other.accessToken });
    requestsSent += 1;
    assert.equal(response.status, 401);
    assertSameAsNoToken(response);
  });

  it('malformed Authorization headers are 401 the same way', async () => {
    for (const header of [
      'Bearer',
      'Bearer ',
      'Basic dXNlcjpwYXNz',
      `bearer  ${person.accessToken}x`,
      'Bearer a b c',
    ]) {
      const response = await call(stack.apiUrl, 'GET', '/me', { headers: { authorization: header } });
      requestsSent += 1;
      assert.ok([400, 401].includes(response.status), `${header}: ${response.status}`);
      assert.ok(!response.text.includes('Jwt'), 'no verifier error names in the answer');
    }
  });
});

describe('a deleted user', () => {
  it("is refused with 401 even though the token's signature is still valid", async () => {
    const doomed = await newUser(stack.cognitoEndpoint, 'deleted');
    const first = await call(stack.apiUrl, 'GET', '/me', { token: doomed.accessToken });
    assert.equal(first.status, 200, 'works before deletion (and the user row is provisioned)');
    await deleteUser(stack.cognitoEndpoint, doomed.email);
    // The session check the first request cached must lapse: refusal is bounded by SESSION_CHECK_SECONDS.
    await new Promise((resolve) => setTimeout(resolve, SESSION_CHECK_SECONDS * 1000 + 200));
    const before = await databaseFingerprint(db);
    const response = await call(stack.apiUrl, 'POST', '/expenses', {
      token: doomed.accessToken,
      body: { amountMinor: 1, occurredOn: '2026-01-01', description: 'after deletion' },
    });
    requestsSent += 1;
    if (response.status !== 401) violations += 1;
    assert.equal(
      response.status,
      401,
      `a deleted user's token was accepted: ${response.status} ${response.text}`,
    );
    assertSameAsNoToken(response);
    assert.equal(await databaseFingerprint(db), before);
  });

  it('who never used the API is refused with 401 and no row is created', async () => {
    const doomed = await newUser(stack.cognitoEndpoint, 'deleted-fresh');
    await deleteUser(stack.cognitoEndpoint, doomed.email);
    const before = await databaseFingerprint(db);
    const response = await call(stack.apiUrl, 'GET', '/me', { token: doomed.accessToken });
    requestsSent += 1;
    if (response.status !== 401) violations += 1;
    assert.equal(response.status, 401, response.text);
    assertSameAsNoToken(response);
    assert.equal(await databaseFingerprint(db), before);
  });
});

/** The body of a request with no token at all (bar the request id) and the challenge of any bad token. */
function assertSameAsNoToken(response) {
  assert.deepEqual({ ...response.body, requestId: '' }, { ...noToken.body, requestId: '' });
  assert.equal(response.headers.get('www-authenticate'), reference.headers.get('www-authenticate'));
}
