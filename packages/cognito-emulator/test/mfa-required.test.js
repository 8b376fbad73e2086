/**
 * Required MFA (the pool's MfaConfiguration ON) on the wire, with real RFC 6238 codes at times the test controls:
 * SetUserPoolMfaConfig/GetUserPoolMfaConfig and their validation, the MFA_SETUP challenge for a user without an
 * authenticator app (both sign-in flows), enrolment by Session (AssociateSoftwareToken → VerifySoftwareToken →
 * RespondToAuthChallenge), wrong codes and bad Sessions, SOFTWARE_TOKEN_MFA afterwards, and that the only factor
 * cannot be turned off while MFA is required. The SRP sign-in with Amplify's own calls is in mfa-amplify.test.js.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import {
  authenticatorApp,
  createConfirmedUser,
  expectCognitoError,
  LOCAL_COGNITO,
  startTestEmulator,
  uniqueEmail,
} from './helpers.js';

const { clientId, otherClientId, userPoolId } = LOCAL_COGNITO;
let cognito, codeAt, wrongCode, nextStepMiddle;
before(async () => {
  cognito = await startTestEmulator();
  ({ codeAt, wrongCode, nextStepMiddle } = authenticatorApp(cognito));
});
after(() => cognito?.stop());

const setPoolMfa = (MfaConfiguration, SoftwareTokenMfaConfiguration = { Enabled: true }) =>
  cognito.call('SetUserPoolMfaConfig', {
    UserPoolId: userPoolId,
    MfaConfiguration,
    SoftwareTokenMfaConfiguration,
  });

// Each test that requires MFA puts the pool back as seeded, so the order of tests does not matter.
afterEach(async () => {
  assert.equal((await setPoolMfa('OPTIONAL')).status, 200);
});

const initiatePassword = ({ email, password }, client = clientId) =>
  cognito.call('InitiateAuth', {
    ClientId: client,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: email, PASSWORD: password },
  });

/** Signs in with the password while MFA is required; asserts the MFA_SETUP challenge and returns it. */
async function mfaSetupChallenge(user) {
  const { status, body } = await initiatePassword(user);
  assert.equal(status, 200, JSON.stringify(body));
  assert.equal(body.ChallengeName, 'MFA_SETUP');
  assert.equal(body.AuthenticationResult, undefined);
  assert.deepEqual(body.ChallengeParameters, {
    MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]',
    USER_ID_FOR_SRP: body.ChallengeParameters.USER_ID_FOR_SRP,
  });
  assert.ok(body.Session);
  return body;
}

/** MFA_SETUP through to tokens; returns the secret the user's app now holds and the tokens. */
async function enrolDuringSignIn(user) {
  const challenge = await mfaSetupChallenge(user);
  const associated = await cognito.call('AssociateSoftwareToken', { Session: challenge.Session });
  assert.equal(associated.status, 200, JSON.stringify(associated.body));
  nextStepMiddle();
  const verified = await cognito.call('VerifySoftwareToken', {
    Session: associated.body.Session,
    UserCode: codeAt(associated.body.SecretCode),
  });
  assert.equal(verified.status, 200, JSON.stringify(verified.body));
  const done = await cognito.call('RespondToAuthChallenge', {
    ClientId: clientId,
    ChallengeName: 'MFA_SETUP',
    Session: verified.body.Session,
    ChallengeResponses: { USERNAME: user.email },
  });
  assert.equal(done.status, 200, JSON.stringify(done.body));
  nextStepMiddle();
  return { secret: associated.body.SecretCode, tokens: done.body.AuthenticationResult };
}

test('SetUserPoolMfaConfig switches the pool to ON and GetUserPoolMfaConfig reports it; Cognito’s validation', async () => {
  const on = await setPoolMfa('ON');
  assert.deepEqual(on, {
    status: 200,
    body: { MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } },
  });
  assert.deepEqual((await cognito.call('GetUserPoolMfaConfig', { UserPoolId: userPoolId })).body, on.body);

  expectCognitoError(
    assert,
    await setPoolMfa('ON', { Enabled: false }),
    'InvalidParameterException',
    'Invalid MFA Configuration given. SMS MFA, Email MFA, or Software Token MFA must be enabled.',
  );
  expectCognitoError(
    assert,
    await setPoolMfa('OFF'),
    'InvalidParameterException',
    "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.",
  );
  expectCognitoError(assert, await setPoolMfa('SOMETIMES'), 'InvalidParameterException');
  expectCognitoError(
    assert,
    await cognito.call('GetUserPoolMfaConfig', { UserPoolId: 'us-east-1_Nope' }),
    'ResourceNotFoundException',
  );
  // A refused call changes nothing.
  assert.equal(
    (await cognito.call('GetUserPoolMfaConfig', { UserPoolId: userPoolId })).body.MfaConfiguration,
    'ON',
  );

  // A full replace, as in Cognito: no MfaConfiguration and no factor means OFF.
  const off = await cognito.call('SetUserPoolMfaConfig', { UserPoolId: userPoolId });
  assert.deepEqual(off.body, { MfaConfiguration: 'OFF', SoftwareTokenMfaConfiguration: { Enabled: false } });
});

test('MFA ON, no app yet: USER_PASSWORD_AUTH → MFA_SETUP → enrol by Session → tokens, TOTP on; next sign-in asks for a code', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('required'));
  await setPoolMfa('ON');
  const { secret, tokens } = await enrolDuringSignIn(user);
  assert.ok(tokens.AccessToken && tokens.IdToken && tokens.RefreshToken);

  const me = await cognito.call('GetUser', { AccessToken: tokens.AccessToken });
  assert.deepEqual(me.body.UserMFASettingList, ['SOFTWARE_TOKEN_MFA']);
  assert.equal(me.body.PreferredMfaSetting, 'SOFTWARE_TOKEN_MFA');

  const next = await initiatePassword(user);
  assert.equal(next.body.ChallengeName, 'SOFTWARE_TOKEN_MFA');
  const signedIn = await cognito.call('RespondToAuthChallenge', {
    ClientId: clientId,
    ChallengeName: 'SOFTWARE_TOKEN_MFA',
    Session: next.body.Session,
    ChallengeResponses: { USERNAME: user.email, SOFTWARE_TOKEN_MFA_CODE: codeAt(secret) },
  });
  assert.ok(signedIn.body.AuthenticationResult?.AccessToken, JSON.stringify(signedIn.body));
});

test('MFA_SETUP: a wrong code is EnableSoftwareTokenMFAException and the Session can try again; no tokens before a verified code', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('setup-wrong'));
  await setPoolMfa('ON');
  const challenge = await mfaSetupChallenge(user);
  const associated = await cognito.call('AssociateSoftwareToken', { Session: challenge.Session });
  const secret = associated.body.SecretCode;
  assert.match(secret, /^[A-Z2-7]{52}$/);
  // The Session of a step is spent once the next step answered with a new one.
  expectCognitoError(
    assert,
    await cognito.call('AssociateSoftwareToken', { Session: challenge.Session }),
    'NotAuthorizedException',
    'Invalid session for the user, session is expired.',
  );
  // Completing before the app is verified is refused.
  expectCognitoError(
    assert,
    await cognito.call('RespondToAuthChallenge', {
      ClientId: clientId,
      ChallengeName: 'MFA_SETUP',
      Session: associated.body.Session,
      ChallengeResponses: { USERNAME: user.email },
    }),
    'NotAuthorizedException',
  );
  nextStepMiddle();
  expectCognitoError(
    assert,
    await cognito.call('VerifySoftwareToken', {
      Session: associated.body.Session,
      UserCode: wrongCode(secret),
    }),
    'EnableSoftwareTokenMFAException',
    'Code mismatch',
  );
  const verified = await cognito.call('VerifySoftwareToken', {
    Session: associated.body.Session,
    UserCode: codeAt(secret),
  });
  assert.equal(verified.body.Status, 'SUCCESS');
  assert.ok(verified.body.Session);
});

test('MFA_SETUP: one Session sent twice at once to AssociateSoftwareToken gives one secret, and it is the pending one', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('setup-race'));
  await setPoolMfa('ON');
  const challenge = await mfaSetupChallenge(user);
  const answers = await Promise.all(
    [1, 2].map(() => cognito.call('AssociateSoftwareToken', { Session: challenge.Session })),
  );
  const won = answers.filter((answer) => answer.status === 200);
  assert.equal(won.length, 1, JSON.stringify(answers));
  expectCognitoError(
    assert,
    answers.find((answer) => answer.status !== 200),
    'NotAuthorizedException',
    'Invalid session for the user, session is expired.',
  );
  nextStepMiddle();
  const verified = await cognito.call('VerifySoftwareToken', {
    Session: won[0].body.Session,
    UserCode: codeAt(won[0].body.SecretCode),
  });
  assert.equal(verified.body.Status, 'SUCCESS', JSON.stringify(verified.body));
});

test('MFA_SETUP: an expired, unknown or other client’s Session, or another user, is NotAuthorizedException', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('setup-session'));
  const other = await createConfirmedUser(cognito, uniqueEmail('setup-other'));
  await setPoolMfa('ON');
  const expired = 'Invalid session for the user, session is expired.';

  expectCognitoError(
    assert,
    await cognito.call('AssociateSoftwareToken', { Session: 'z'.repeat(40) }),
    'NotAuthorizedException',
    expired,
  );
  const stale = await mfaSetupChallenge(user);
  cognito.clock.advance(3 * 60 * 1000 + 1000);
  expectCognitoError(
    assert,
    await cognito.call('AssociateSoftwareToken', { Session: stale.Session }),
    'NotAuthorizedException',
    expired,
  );

  const challenge = await mfaSetupChallenge(user);
  const associated = await cognito.call('AssociateSoftwareToken', { Session: challenge.Session });
  nextStepMiddle();
  const verified = await cognito.call('VerifySoftwareToken', {
    Session: associated.body.Session,
    UserCode: codeAt(associated.body.SecretCode),
  });
  const respond = (ClientId, USERNAME) =>
    cognito.call('RespondToAuthChallenge', {
      ClientId,
      ChallengeName: 'MFA_SETUP',
      Session: verified.body.Session,
      ChallengeResponses: { USERNAME },
    });
  expectCognitoError(assert, await respond(otherClientId, user.email), 'NotAuthorizedException', expired);
  expectCognitoError(assert, await respond(clientId, other.email), 'NotAuthorizedException', expired);
  // A sign-in's code Session is not an enrolment Session.
  expectCognitoError(
    assert,
    await cognito.call('RespondToAuthChallenge', {
      ClientId: clientId,
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: verified.body.Session,
      ChallengeResponses: {
        USERNAME: user.email,
        SOFTWARE_TOKEN_MFA_CODE: codeAt(associated.body.SecretCode),
      },
    }),
    'NotAuthorizedException',
    expired,
  );
  assert.ok((await respond(clientId, user.email)).body.AuthenticationResult?.AccessToken);
  // Used once: the same Session cannot sign in again.
  expectCognitoError(assert, await respond(clientId, user.email), 'NotAuthorizedException', expired);
});

test('MFA ON: turning off the only factor is InvalidParameterException; under OPTIONAL it is allowed again', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('required-off'));
  await setPoolMfa('ON');
  const { tokens } = await enrolDuringSignIn(user);
  const turnOff = () =>
    cognito.call('SetUserMFAPreference', {
      AccessToken: tokens.AccessToken,
      SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false },
    });
  expectCognitoError(
    assert,
    await turnOff(),
    'InvalidParameterException',
    'MFA is required for this user pool: the only MFA method cannot be disabled.',
  );
  expectCognitoError(
    assert,
    await cognito.call('AdminSetUserMFAPreference', {
      UserPoolId: userPoolId,
      Username: user.email,
      SoftwareTokenMfaSettings: { Enabled: false },
    }),
    'InvalidParameterException',
  );
  const me = await cognito.call('GetUser', { AccessToken: tokens.AccessToken });
  assert.deepEqual(me.body.UserMFASettingList, ['SOFTWARE_TOKEN_MFA']);

  await setPoolMfa('OPTIONAL');
  assert.deepEqual(await turnOff(), { status: 200, body: {} });
});

test('MFA OPTIONAL (the seeded pool): a user without an app signs in with the password alone, no MFA_SETUP', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('optional'));
  const { body } = await initiatePassword(user);
  assert.equal(body.ChallengeName, undefined);
  assert.ok(body.AuthenticationResult.AccessToken);
});
