/**
 * TOTP MFA on the wire, with real RFC 6238 codes computed by otplib at times the test controls (the emulator's
 * clock is moved, never the machine's): enrolment (AssociateSoftwareToken, VerifySoftwareToken,
 * SetUserMFAPreference), both sign-in flows answering SOFTWARE_TOKEN_MFA, and the code checks: right, wrong,
 * reused, outside the ±1 step window, and an expired or foreign Session.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  authenticatorApp,
  createConfirmedUser,
  expectCognitoError,
  LOCAL_COGNITO,
  startTestEmulator,
  TOTP_STEP_MS,
  uniqueEmail,
} from './helpers.js';

const { clientId, otherClientId, userPoolId } = LOCAL_COGNITO;
const STEP_MS = TOTP_STEP_MS;
let cognito, codeAt, wrongCode, nextStepMiddle;
before(async () => {
  cognito = await startTestEmulator();
  ({ codeAt, wrongCode, nextStepMiddle } = authenticatorApp(cognito));
});
after(() => cognito?.stop());

/** @param {{ email: string, password: string }} user @param {string} [client] */
const initiatePassword = ({ email, password }, client = clientId) =>
  cognito.call('InitiateAuth', {
    ClientId: client,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: email, PASSWORD: password },
  });

/** @param {string} session @param {string} username @param {string} code @param {string} [client] */
const respondWithCode = (session, username, code, client = clientId) =>
  cognito.call('RespondToAuthChallenge', {
    ClientId: client,
    ChallengeName: 'SOFTWARE_TOKEN_MFA',
    Session: session,
    ChallengeResponses: { USERNAME: username, SOFTWARE_TOKEN_MFA_CODE: code },
  });

/** A confirmed user with a verified TOTP token turned on; returns the user, the secret and an access token. */
async function userWithTotp(label) {
  const user = await createConfirmedUser(cognito, uniqueEmail(label));
  const { AccessToken } = (await initiatePassword(user)).body.AuthenticationResult;
  const { body: associated } = await cognito.call('AssociateSoftwareToken', { AccessToken });
  nextStepMiddle();
  const verified = await cognito.call('VerifySoftwareToken', {
    AccessToken,
    UserCode: codeAt(associated.SecretCode),
    FriendlyDeviceName: 'Phone',
  });
  assert.deepEqual(verified.body, { Status: 'SUCCESS' });
  const preference = await cognito.call('SetUserMFAPreference', {
    AccessToken,
    SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
  });
  assert.equal(preference.status, 200, JSON.stringify(preference.body));
  // The enrolment code's step is spent; sign-ins in a test use the next one.
  nextStepMiddle();
  return { ...user, secret: associated.SecretCode, accessToken: AccessToken };
}

test('enrolment: a 52-character base32 secret, verified by a real code, then TOTP on and preferred in GetUser', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('enrol'));
  const { AccessToken } = (await initiatePassword(user)).body.AuthenticationResult;
  const associated = await cognito.call('AssociateSoftwareToken', { AccessToken });
  assert.equal(associated.status, 200);
  assert.match(associated.body.SecretCode, /^[A-Z2-7]{52}$/);

  expectCognitoError(
    assert,
    await cognito.call('SetUserMFAPreference', { AccessToken, SoftwareTokenMfaSettings: { Enabled: true } }),
    'InvalidParameterException',
    'User has not verified software token mfa',
  );
  expectCognitoError(
    assert,
    await cognito.call('VerifySoftwareToken', {
      AccessToken,
      UserCode: wrongCode(associated.body.SecretCode),
    }),
    'EnableSoftwareTokenMFAException',
    'Code mismatch',
  );
  const before = await cognito.call('GetUser', { AccessToken });
  assert.equal(before.body.UserMFASettingList, undefined);
  assert.equal(before.body.PreferredMfaSetting, undefined);

  nextStepMiddle();
  const verified = await cognito.call('VerifySoftwareToken', {
    AccessToken,
    UserCode: codeAt(associated.body.SecretCode),
    FriendlyDeviceName: 'Ana’s phone',
  });
  assert.deepEqual(verified, { status: 200, body: { Status: 'SUCCESS' } });
  // Verifying alone does not turn MFA on: sign-in still gives tokens.
  assert.ok((await initiatePassword(user)).body.AuthenticationResult);

  const preference = await cognito.call('SetUserMFAPreference', {
    AccessToken,
    SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
  });
  assert.deepEqual(preference, { status: 200, body: {} });
  const after = await cognito.call('GetUser', { AccessToken });
  assert.deepEqual(after.body.UserMFASettingList, ['SOFTWARE_TOKEN_MFA']);
  assert.equal(after.body.PreferredMfaSetting, 'SOFTWARE_TOKEN_MFA');

  const challenge = await initiatePassword(user);
  assert.equal(challenge.body.ChallengeName, 'SOFTWARE_TOKEN_MFA');
  assert.equal(challenge.body.ChallengeParameters.FRIENDLY_DEVICE_NAME, 'Ana’s phone');
});

test('AssociateSoftwareToken and VerifySoftwareToken need a live access token or a known Session', async () => {
  expectCognitoError(assert, await cognito.call('AssociateSoftwareToken', {}), 'InvalidParameterException');
  expectCognitoError(
    assert,
    await cognito.call('AssociateSoftwareToken', { Session: 'x'.repeat(40) }),
    'NotAuthorizedException',
    'Invalid session for the user, session is expired.',
  );
  const user = await createConfirmedUser(cognito, uniqueEmail('signed-out'));
  const { AccessToken } = (await initiatePassword(user)).body.AuthenticationResult;
  await cognito.call('GlobalSignOut', { AccessToken });
  expectCognitoError(
    assert,
    await cognito.call('AssociateSoftwareToken', { AccessToken }),
    'NotAuthorizedException',
    'Access Token has been revoked',
  );
  expectCognitoError(
    assert,
    await cognito.call('VerifySoftwareToken', { AccessToken, UserCode: '123456' }),
    'NotAuthorizedException',
    'Access Token has been revoked',
  );
});

test('USER_PASSWORD_AUTH with TOTP on: SOFTWARE_TOKEN_MFA, a wrong code refused, the right one gives tokens', async () => {
  const user = await userWithTotp('password-flow');
  const challenge = await initiatePassword(user);
  assert.equal(challenge.status, 200);
  assert.equal(challenge.body.ChallengeName, 'SOFTWARE_TOKEN_MFA');
  assert.equal(challenge.body.AuthenticationResult, undefined);
  assert.ok(challenge.body.Session.length >= 20);
  const username = challenge.body.ChallengeParameters.USER_ID_FOR_SRP;

  expectCognitoError(
    assert,
    await respondWithCode(challenge.body.Session, username, wrongCode(user.secret)),
    'CodeMismatchException',
  );
  // A wrong code does not end the sign-in: the same Session takes the right code.
  const signedIn = await respondWithCode(challenge.body.Session, username, codeAt(user.secret));
  assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
  assert.ok(signedIn.body.AuthenticationResult.AccessToken);
  const me = await cognito.call('GetUser', { AccessToken: signedIn.body.AuthenticationResult.AccessToken });
  assert.equal(me.body.Username, username);

  // A Session that completed cannot be replayed, even with a fresh code.
  nextStepMiddle();
  expectCognitoError(
    assert,
    await respondWithCode(challenge.body.Session, username, codeAt(user.secret)),
    'NotAuthorizedException',
    'Invalid session for the user, session is expired.',
  );
});

test('a code accepted once is refused for the rest of its window, also from another sign-in', async () => {
  const user = await userWithTotp('reuse');
  const code = codeAt(user.secret);
  const first = await initiatePassword(user);
  assert.equal((await respondWithCode(first.body.Session, user.email, code)).status, 200);

  const second = await initiatePassword(user);
  expectCognitoError(
    assert,
    await respondWithCode(second.body.Session, user.email, code),
    'ExpiredCodeException',
    'Your software token has already been used once.',
  );
  // The previous step's code is older than the one used: also refused, not a way around the rule.
  expectCognitoError(
    assert,
    await respondWithCode(second.body.Session, user.email, codeAt(user.secret, -STEP_MS)),
    'ExpiredCodeException',
  );
  nextStepMiddle();
  assert.equal((await respondWithCode(second.body.Session, user.email, codeAt(user.secret))).status, 200);
});

test('the same code sent twice at once, in two sign-ins, is accepted only once', async () => {
  const user = await userWithTotp('race');
  const [first, second] = await Promise.all([initiatePassword(user), initiatePassword(user)]);
  const code = codeAt(user.secret);
  const answers = await Promise.all([
    respondWithCode(first.body.Session, user.email, code),
    respondWithCode(second.body.Session, user.email, code),
  ]);
  assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 400]);
  assert.equal(answers.find((answer) => answer.status === 400)?.body.__type, 'ExpiredCodeException');
});

test('codes one step either side are accepted; three steps old, or two ahead, are not', async () => {
  const user = await userWithTotp('window');
  // Past the step after enrolment, so the step before now was never used.
  nextStepMiddle();
  const attempt = async (offsetMs) => {
    const challenge = await initiatePassword(user);
    return respondWithCode(challenge.body.Session, user.email, codeAt(user.secret, offsetMs));
  };
  expectCognitoError(assert, await attempt(-3 * STEP_MS), 'CodeMismatchException');
  expectCognitoError(assert, await attempt(-2 * STEP_MS), 'CodeMismatchException');
  expectCognitoError(assert, await attempt(2 * STEP_MS), 'CodeMismatchException');
  assert.equal((await attempt(-STEP_MS)).status, 200);
  assert.equal((await attempt(STEP_MS)).status, 200);
});

test('an expired, unknown or other client’s Session is NotAuthorizedException; the user must match it', async () => {
  const user = await userWithTotp('session');
  const other = await userWithTotp('session-other');
  const challenge = await initiatePassword(user);
  const session = challenge.body.Session;
  const invalid = 'Invalid session for the user, session is expired.';

  expectCognitoError(
    assert,
    await respondWithCode('y'.repeat(40), user.email, codeAt(user.secret)),
    'NotAuthorizedException',
    invalid,
  );
  expectCognitoError(
    assert,
    await respondWithCode(session, user.email, codeAt(user.secret), otherClientId),
    'NotAuthorizedException',
    invalid,
  );
  expectCognitoError(
    assert,
    await respondWithCode(session, other.email, codeAt(other.secret)),
    'NotAuthorizedException',
    invalid,
  );

  cognito.clock.advance(3 * 60_000 + 1_000);
  expectCognitoError(
    assert,
    await respondWithCode(session, user.email, codeAt(user.secret)),
    'NotAuthorizedException',
    invalid,
  );
});

test('the seeded pool offers TOTP as production does: MFA OPTIONAL, software tokens enabled', async () => {
  const { body } = await cognito.call('GetUserPoolMfaConfig', { UserPoolId: userPoolId });
  assert.equal(body.MfaConfiguration, 'OPTIONAL');
  assert.deepEqual(body.SoftwareTokenMfaConfiguration, { Enabled: true });
});

test('turning TOTP off (SetUserMFAPreference or AdminSetUserMFAPreference) signs in with the password alone', async () => {
  const user = await userWithTotp('disable');
  const off = await cognito.call('SetUserMFAPreference', {
    AccessToken: user.accessToken,
    SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false },
  });
  assert.deepEqual(off, { status: 200, body: {} });
  const me = await cognito.call('GetUser', { AccessToken: user.accessToken });
  assert.equal(me.body.UserMFASettingList, undefined);
  assert.equal(me.body.PreferredMfaSetting, undefined);
  assert.ok((await initiatePassword(user)).body.AuthenticationResult.AccessToken);

  // An admin turns it back on (the token is still verified), then off again.
  const adminOn = await cognito.call('AdminSetUserMFAPreference', {
    UserPoolId: userPoolId,
    Username: user.email,
    SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
  });
  assert.equal(adminOn.status, 200, JSON.stringify(adminOn.body));
  assert.equal((await initiatePassword(user)).body.ChallengeName, 'SOFTWARE_TOKEN_MFA');
  expectCognitoError(
    assert,
    await cognito.call('AdminSetUserMFAPreference', {
      UserPoolId: userPoolId,
      Username: uniqueEmail('nobody'),
      SoftwareTokenMfaSettings: { Enabled: false },
    }),
    'UserNotFoundException',
  );
});

test('re-associating leaves the verified token in force until the new one is verified', async () => {
  const user = await userWithTotp('re-associate');
  const { body } = await cognito.call('AssociateSoftwareToken', { AccessToken: user.accessToken });
  assert.notEqual(body.SecretCode, user.secret);
  const challenge = await initiatePassword(user);
  expectCognitoError(
    assert,
    await respondWithCode(challenge.body.Session, user.email, codeAt(body.SecretCode)),
    'CodeMismatchException',
  );
  assert.equal((await respondWithCode(challenge.body.Session, user.email, codeAt(user.secret))).status, 200);
});
