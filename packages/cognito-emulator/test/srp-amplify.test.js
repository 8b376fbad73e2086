/**
 * The web app's real client: Amplify v6 signs in with USER_SRP_AUTH by default and refreshes only through
 * GetTokensFromRefreshToken. Driving Amplify itself proves the emulator's SRP math and wire shapes match.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { Amplify } from 'aws-amplify';
import {
  confirmResetPassword,
  confirmSignUp,
  fetchAuthSession,
  fetchUserAttributes,
  resetPassword,
  signIn,
  signOut,
  signUp,
} from 'aws-amplify/auth';
import {
  expectCognitoError,
  LOCAL_COGNITO,
  startTestEmulator,
  uniqueEmail,
  verifyWithJwks,
} from './helpers.js';

let cognito;
const respondRequests = [];
const realFetch = globalThis.fetch;
before(async () => {
  cognito = await startTestEmulator();
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: LOCAL_COGNITO.userPoolId,
        userPoolClientId: LOCAL_COGNITO.clientId,
        userPoolEndpoint: cognito.emulator.endpoint,
      },
    },
  });
  // Records the SRP proofs Amplify sends, so a test can try replaying one.
  globalThis.fetch = async (input, init) => {
    if (String(init?.headers?.['x-amz-target'] ?? '').endsWith('.RespondToAuthChallenge')) {
      respondRequests.push(init?.body);
    }
    return realFetch(input, init);
  };
});
afterEach(() => signOut().catch(() => {}));
after(async () => {
  globalThis.fetch = realFetch;
  await cognito?.stop();
});

async function amplifySignUp(email, password) {
  const { nextStep } = await signUp({ username: email, password, options: { userAttributes: { email } } });
  assert.equal(nextStep.signUpStep, 'CONFIRM_SIGN_UP');
  const confirmed = await confirmSignUp({
    username: email,
    confirmationCode: await cognito.emulator.readConfirmationCode(email),
  });
  assert.equal(confirmed.isSignUpComplete, true);
}

test('Amplify signs up, signs in with SRP, refreshes and reads attributes', async () => {
  const email = uniqueEmail('srp');
  const password = 'Srp-password-1';
  await amplifySignUp(email, password);

  const { isSignedIn, nextStep } = await signIn({ username: email, password });
  assert.equal(isSignedIn, true);
  assert.equal(nextStep.signInStep, 'DONE');

  const first = await fetchAuthSession();
  assert.ok(first.tokens);
  const access = await verifyWithJwks(first.tokens.accessToken.toString(), cognito.emulator.jwksUri);
  assert.equal(access.iss, LOCAL_COGNITO.issuer);
  assert.equal(access.client_id, LOCAL_COGNITO.clientId);

  const refreshed = await fetchAuthSession({ forceRefresh: true });
  assert.ok(refreshed.tokens);
  const refreshedAccess = await verifyWithJwks(
    refreshed.tokens.accessToken.toString(),
    cognito.emulator.jwksUri,
  );
  assert.notEqual(refreshedAccess.jti, access.jti);
  assert.equal(refreshedAccess.origin_jti, access.origin_jti);

  const attributes = await fetchUserAttributes();
  assert.equal(attributes.email, email);
  assert.equal(attributes.email_verified, 'true');
});

test('SRP with a wrong password or an unknown user fails the same way', async () => {
  const email = uniqueEmail('srp-wrong');
  await amplifySignUp(email, 'Srp-password-1');
  for (const { username, password } of [
    { username: email, password: 'Not-the-password-1' },
    { username: uniqueEmail('srp-nobody'), password: 'Srp-password-1' },
  ]) {
    await assert.rejects(signIn({ username, password }), (/** @type {any} */ error) => {
      assert.equal(error.name, 'NotAuthorizedException');
      assert.equal(error.message, 'Incorrect username or password.');
      return true;
    });
  }
});

test('an SRP proof cannot be replayed', async () => {
  const email = uniqueEmail('srp-replay');
  await amplifySignUp(email, 'Srp-password-1');
  respondRequests.length = 0;
  await signIn({ username: email, password: 'Srp-password-1' });
  assert.equal(respondRequests.length, 1);
  const replay = await realFetch(cognito.emulator.endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': 'AWSCognitoIdentityProviderService.RespondToAuthChallenge',
    },
    body: respondRequests[0],
    signal: AbortSignal.timeout(5_000),
  });
  expectCognitoError(assert, { status: replay.status, body: await replay.json() }, 'NotAuthorizedException');
});

test('SRP uses the current password after a reset', async () => {
  const email = uniqueEmail('srp-reset');
  await amplifySignUp(email, 'Srp-password-1');
  await resetPassword({ username: email });
  await confirmResetPassword({
    username: email,
    confirmationCode: await cognito.emulator.readPasswordResetCode(email),
    newPassword: 'Srp-password-2',
  });
  await assert.rejects(signIn({ username: email, password: 'Srp-password-1' }), {
    name: 'NotAuthorizedException',
  });
  assert.equal((await signIn({ username: email, password: 'Srp-password-2' })).isSignedIn, true);
});

test('an unconfirmed user is told to confirm, as in AWS', async () => {
  const email = uniqueEmail('srp-unconfirmed');
  await signUp({ username: email, password: 'Srp-password-1', options: { userAttributes: { email } } });
  const { isSignedIn, nextStep } = await signIn({ username: email, password: 'Srp-password-1' });
  assert.equal(isSignedIn, false);
  assert.equal(nextStep.signInStep, 'CONFIRM_SIGN_UP');
});

test("Amplify's global sign-out revokes the session at Cognito", async () => {
  const email = uniqueEmail('srp-global');
  await amplifySignUp(email, 'Srp-password-1');
  await signIn({ username: email, password: 'Srp-password-1' });
  const { tokens } = await fetchAuthSession();
  assert.ok(tokens);
  const accessToken = tokens.accessToken.toString();
  await signOut({ global: true });
  expectCognitoError(
    assert,
    await cognito.call('GetUser', { AccessToken: accessToken }),
    'NotAuthorizedException',
    'Access Token has been revoked',
  );
});
