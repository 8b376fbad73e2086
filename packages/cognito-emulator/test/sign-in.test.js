import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  createConfirmedUser,
  expectCognitoError,
  LOCAL_COGNITO,
  passwordSignIn,
  startTestEmulator,
  uniqueEmail,
  verifyWithJwks,
} from './helpers.js';

const { clientId, otherClientId, userPoolId, issuer } = LOCAL_COGNITO;
let cognito;
before(async () => {
  cognito = await startTestEmulator();
});
after(() => cognito?.stop());

/** @param {string} refreshToken @param {string} [client] */
const refreshWith = (refreshToken, client = clientId) =>
  cognito.call('GetTokensFromRefreshToken', { ClientId: client, RefreshToken: refreshToken });
const refreshViaInitiateAuth = (refreshToken) =>
  cognito.call('InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    AuthParameters: { REFRESH_TOKEN: refreshToken },
  });

test('USER_PASSWORD_AUTH tokens verify against the served JWKS and carry real Cognito claims', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('tokens'));
  const result = await passwordSignIn(cognito, user);
  assert.equal(result.TokenType, 'Bearer');
  assert.equal(result.ExpiresIn, 3600);
  assert.ok(result.RefreshToken);

  const access = await verifyWithJwks(result.AccessToken, cognito.emulator.jwksUri);
  assert.equal(access.iss, issuer);
  assert.equal(access.token_use, 'access');
  assert.equal(access.client_id, clientId);
  assert.equal(access.sub, user.sub);
  assert.equal(access.scope, 'aws.cognito.signin.user.admin');
  assert.equal(access.exp - access.iat, 3600);
  assert.ok(Math.abs(access.iat - Date.now() / 1000) < 60);

  const id = await verifyWithJwks(result.IdToken, cognito.emulator.jwksUri);
  assert.equal(id.iss, issuer);
  assert.equal(id.token_use, 'id');
  assert.equal(id.aud, clientId);
  assert.equal(id.sub, user.sub);
  assert.equal(id.email, user.email);
  assert.equal(id.origin_jti, access.origin_jti);

  const other = await verifyWithJwks(
    (await passwordSignIn(cognito, user, otherClientId)).AccessToken,
    cognito.emulator.jwksUri,
  );
  assert.equal(other.client_id, otherClientId);
});

test('a tampered token does not verify against the JWKS and Cognito rejects it', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('tamper'));
  const { AccessToken } = await passwordSignIn(cognito, user);
  const [header, payload, signature] = AccessToken.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString('base64url')}.${signature}`;
  await assert.rejects(verifyWithJwks(forged, cognito.emulator.jwksUri), /signature does not verify/);
  expectCognitoError(
    assert,
    await cognito.call('GetUser', { AccessToken: forged }),
    'NotAuthorizedException',
    'Invalid Access Token',
  );
});

test('a wrong password and an unknown user get the same NotAuthorizedException', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('wrong-password'));
  const attempt = (username, password) =>
    cognito.call('InitiateAuth', {
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD: password },
    });
  const wrongPassword = await attempt(user.email, 'Not-the-password-1');
  const unknownUser = await attempt(uniqueEmail('nobody'), user.password);
  expectCognitoError(assert, wrongPassword, 'NotAuthorizedException', 'Incorrect username or password.');
  assert.deepEqual(unknownUser, wrongPassword);
});

test('sign-in is case-insensitive on the email, like the real pool', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('casing'));
  const tokens = await passwordSignIn(cognito, { ...user, email: user.email.toUpperCase() });
  assert.equal((await verifyWithJwks(tokens.AccessToken, cognito.emulator.jwksUri)).sub, user.sub);
});

test('GetTokensFromRefreshToken and REFRESH_TOKEN_AUTH give new tokens of the same session', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('refresh'));
  const signedIn = await passwordSignIn(cognito, user);
  const original = await verifyWithJwks(signedIn.AccessToken, cognito.emulator.jwksUri);

  for (const response of [
    await refreshWith(signedIn.RefreshToken),
    await refreshViaInitiateAuth(signedIn.RefreshToken),
  ]) {
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const result = response.body.AuthenticationResult;
    assert.equal(result.RefreshToken, undefined);
    const access = await verifyWithJwks(result.AccessToken, cognito.emulator.jwksUri);
    const id = await verifyWithJwks(result.IdToken, cognito.emulator.jwksUri);
    assert.notEqual(access.jti, original.jti);
    assert.equal(access.origin_jti, original.origin_jti);
    assert.equal(access.auth_time, original.auth_time);
    assert.equal(access.sub, user.sub);
    assert.equal(id.aud, clientId);
  }
});

test('a refresh token only works with the client it was issued to, and not once expired', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('refresh-client'));
  const { RefreshToken, AccessToken } = await passwordSignIn(cognito, user);
  expectCognitoError(
    assert,
    await refreshWith(RefreshToken, otherClientId),
    'NotAuthorizedException',
    'Invalid Refresh Token',
  );
  expectCognitoError(
    assert,
    await refreshWith(AccessToken),
    'NotAuthorizedException',
    'Invalid Refresh Token',
  );
  expectCognitoError(
    assert,
    await refreshWith('not-a-token'),
    'NotAuthorizedException',
    'Invalid Refresh Token',
  );

  const thirtyOneDays = 31 * 24 * 60 * 60 * 1000;
  cognito.clock.advance(thirtyOneDays);
  try {
    expectCognitoError(
      assert,
      await refreshWith(RefreshToken),
      'NotAuthorizedException',
      'Refresh Token has expired',
    );
  } finally {
    cognito.clock.advance(-thirtyOneDays);
  }
});

test('GlobalSignOut revokes every session: refresh fails, and Cognito rejects the old access token', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('global-sign-out'));
  const first = await passwordSignIn(cognito, user);
  const second = await passwordSignIn(cognito, user);
  assert.equal((await cognito.call('GetUser', { AccessToken: first.AccessToken })).status, 200);

  assert.deepEqual(await cognito.call('GlobalSignOut', { AccessToken: first.AccessToken }), {
    status: 200,
    body: {},
  });

  for (const session of [first, second]) {
    expectCognitoError(
      assert,
      await refreshWith(session.RefreshToken),
      'NotAuthorizedException',
      'Refresh Token has been revoked',
    );
    expectCognitoError(
      assert,
      await cognito.call('GetUser', { AccessToken: session.AccessToken }),
      'NotAuthorizedException',
      'Access Token has been revoked',
    );
  }
  // Signing in again starts a fresh session that works.
  const again = await passwordSignIn(cognito, user);
  assert.equal((await refreshWith(again.RefreshToken)).status, 200);
});

test('RevokeToken ends only that session', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('revoke'));
  const revoked = await passwordSignIn(cognito, user);
  const kept = await passwordSignIn(cognito, user);
  assert.equal(
    (await cognito.call('RevokeToken', { ClientId: clientId, Token: revoked.RefreshToken })).status,
    200,
  );
  expectCognitoError(
    assert,
    await refreshWith(revoked.RefreshToken),
    'NotAuthorizedException',
    'Refresh Token has been revoked',
  );
  assert.equal((await refreshWith(kept.RefreshToken)).status, 200);
});

test('RevokeToken takes only a refresh token of the calling client, and a second revoke succeeds', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('revoke-rules'));
  const tokens = await passwordSignIn(cognito, user);
  /** @param {string} token @param {string} [client] */
  const revoke = (token, client = clientId) =>
    cognito.call('RevokeToken', { ClientId: client, Token: token });
  expectCognitoError(assert, await revoke(tokens.AccessToken), 'UnsupportedTokenTypeException');
  expectCognitoError(assert, await revoke(tokens.RefreshToken, otherClientId), 'UnauthorizedException');
  assert.equal((await refreshWith(tokens.RefreshToken)).status, 200, 'a refused revoke revoked nothing');
  assert.equal((await revoke(tokens.RefreshToken)).status, 200);
  assert.equal((await revoke(tokens.RefreshToken)).status, 200);
  expectCognitoError(assert, await refreshWith(tokens.RefreshToken), 'NotAuthorizedException');
});

/** A deleted user: sign-in, refresh and GetUser with the tokens issued before all answer NotAuthorizedException. */
async function assertUserGone(user, tokens) {
  expectCognitoError(
    assert,
    await cognito.call('InitiateAuth', {
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: user.email, PASSWORD: user.password },
    }),
    'NotAuthorizedException',
    'Incorrect username or password.',
  );
  expectCognitoError(assert, await refreshWith(tokens.RefreshToken), 'NotAuthorizedException');
  expectCognitoError(
    assert,
    await cognito.call('GetUser', { AccessToken: tokens.AccessToken }),
    'NotAuthorizedException',
  );
}

test('AdminDeleteUser: the user can no longer sign in or refresh, though issued JWTs still verify', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('deleted'));
  const tokens = await passwordSignIn(cognito, user);
  const deleted = await cognito.call('AdminDeleteUser', { UserPoolId: userPoolId, Username: user.email });
  assert.deepEqual(deleted, { status: 200, body: {} });

  await assertUserGone(user, tokens);
  // The "token of a deleted user" case the API must handle: still a validly signed, unexpired JWT.
  assert.equal((await verifyWithJwks(tokens.AccessToken, cognito.emulator.jwksUri)).sub, user.sub);
  expectCognitoError(
    assert,
    await cognito.call('AdminDeleteUser', { UserPoolId: userPoolId, Username: user.email }),
    'UserNotFoundException',
  );
});

test("DeleteUser with the user's own access token: no sign-in, refresh or GetUser afterwards", async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('self-deleted'));
  const tokens = await passwordSignIn(cognito, user);
  const other = await passwordSignIn(cognito, await createConfirmedUser(cognito, uniqueEmail('bystander')));

  assert.deepEqual(await cognito.call('DeleteUser', { AccessToken: tokens.AccessToken }), {
    status: 200,
    body: {},
  });

  await assertUserGone(user, tokens);
  // A second DeleteUser with the same token: the user is gone, as in Cognito.
  expectCognitoError(
    assert,
    await cognito.call('DeleteUser', { AccessToken: tokens.AccessToken }),
    'NotAuthorizedException',
  );
  // Only that user: another person's session is untouched.
  assert.equal((await cognito.call('GetUser', { AccessToken: other.AccessToken })).status, 200);
});

test('DeleteUser refuses a forged, revoked or missing access token and deletes nobody', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('not-deleted'));
  const tokens = await passwordSignIn(cognito, user);
  const [header, payload] = tokens.AccessToken.split('.');
  expectCognitoError(
    assert,
    await cognito.call('DeleteUser', { AccessToken: `${header}.${payload}.forged-signature` }),
    'NotAuthorizedException',
  );
  expectCognitoError(assert, await cognito.call('DeleteUser', {}), 'InvalidParameterException');
  const again = await passwordSignIn(cognito, user);
  await cognito.call('GlobalSignOut', { AccessToken: again.AccessToken });
  expectCognitoError(
    assert,
    await cognito.call('DeleteUser', { AccessToken: again.AccessToken }),
    'NotAuthorizedException',
    'Access Token has been revoked',
  );
  assert.equal((await passwordSignIn(cognito, user)).AccessToken.split('.').length, 3);
});

test('ChangePassword needs the current password and a policy-conforming new one', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('change'));
  const { AccessToken } = await passwordSignIn(cognito, user);
  const change = (previous, proposed) =>
    cognito.call('ChangePassword', { AccessToken, PreviousPassword: previous, ProposedPassword: proposed });
  expectCognitoError(
    assert,
    await change('Wrong-password-1', 'New-password-2'),
    'NotAuthorizedException',
    'Incorrect username or password.',
  );
  expectCognitoError(assert, await change(user.password, 'weak'), 'InvalidPasswordException');
  assert.equal((await change(user.password, 'New-password-2')).status, 200);
  assert.ok(await passwordSignIn(cognito, { ...user, password: 'New-password-2' }));
});

test('an auth flow the app client does not allow is InvalidParameterException', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('flows'));
  const created = await cognito.call('CreateUserPoolClient', {
    UserPoolId: userPoolId,
    ClientName: 'srp-only',
    ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  });
  assert.equal(created.status, 200);
  expectCognitoError(
    assert,
    await cognito.call('InitiateAuth', {
      ClientId: created.body.UserPoolClient.ClientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: user.email, PASSWORD: user.password },
    }),
    'InvalidParameterException',
    'USER_PASSWORD_AUTH flow not enabled for this client',
  );
});

test('a flow the emulator does not implement says so instead of pretending', async () => {
  const response = await cognito.call('InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'CUSTOM_AUTH',
    AuthParameters: { USERNAME: 'x@example.com' },
  });
  assert.equal(response.status, 500);
  assert.match(response.body.message, /unsupported feature: InitiateAuth with AuthFlow=CUSTOM_AUTH/);
});

test('an admin-created user must set a policy-conforming password at first sign-in (NEW_PASSWORD_REQUIRED)', async () => {
  const email = uniqueEmail('admin-created');
  const created = await cognito.call('AdminCreateUser', {
    UserPoolId: userPoolId,
    Username: email,
    TemporaryPassword: 'Temporary-pass-1',
    UserAttributes: [{ Name: 'email', Value: email }],
    MessageAction: 'SUPPRESS',
  });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  const challenge = await cognito.call('InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: email, PASSWORD: 'Temporary-pass-1' },
  });
  assert.equal(challenge.body.ChallengeName, 'NEW_PASSWORD_REQUIRED');
  const respond = (newPassword) =>
    cognito.call('RespondToAuthChallenge', {
      ClientId: clientId,
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: challenge.body.Session,
      ChallengeResponses: {
        USERNAME: challenge.body.ChallengeParameters.USER_ID_FOR_SRP,
        NEW_PASSWORD: newPassword,
      },
    });
  expectCognitoError(assert, await respond('weak'), 'InvalidPasswordException');
  expectCognitoError(
    assert,
    await cognito.call('RespondToAuthChallenge', {
      ClientId: clientId,
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: 'not-the-session',
      ChallengeResponses: { USERNAME: email, NEW_PASSWORD: 'Permanent-pass-2' },
    }),
    'NotAuthorizedException',
  );
  const answered = await respond('Permanent-pass-2');
  assert.equal(answered.status, 200, JSON.stringify(answered.body));
  assert.equal((await refreshWith(answered.body.AuthenticationResult.RefreshToken)).status, 200);
  assert.ok(await passwordSignIn(cognito, { email, password: 'Permanent-pass-2' }));
});

test('expired refresh tokens are dropped at the next sign-in; live ones are kept', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('pruning'));
  const old = await passwordSignIn(cognito, user);
  const thirtyOneDays = 31 * 24 * 60 * 60 * 1000;
  cognito.clock.advance(thirtyOneDays);
  try {
    const fresh = await passwordSignIn(cognito, user);
    const live = await passwordSignIn(cognito, user);
    const storedTokens = async () => {
      const pool = JSON.parse(await readFile(path.join(cognito.dataDir, 'db', `${userPoolId}.json`), 'utf8'));
      return Object.values(pool.Users).find((stored) => stored.Attributes.some((a) => a.Value === user.email))
        .RefreshTokens;
    };
    // The 31-day-old one is gone.
    assert.deepEqual(await storedTokens(), [fresh.RefreshToken, live.RefreshToken]);
    assert.notEqual(old.RefreshToken, fresh.RefreshToken);
  } finally {
    cognito.clock.advance(-thirtyOneDays);
  }
});

test('AdminCreateUser without a password prints a generated one that meets the policy and signs in once', async () => {
  const lines = [];
  const printing = await startTestEmulator({ log: (line) => lines.push(line) });
  try {
    const email = uniqueEmail('generated');
    const created = await printing.call('AdminCreateUser', { UserPoolId: userPoolId, Username: email });
    assert.equal(created.status, 200, JSON.stringify(created.body));
    assert.equal(created.body.User.UserStatus, 'FORCE_CHANGE_PASSWORD');
    const printed = lines.find((line) => line.startsWith(`temporary password for ${email}: `));
    assert.ok(printed, lines.join('\n'));
    const challenge = await printing.call('InitiateAuth', {
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD: printed.split(': ')[1] },
    });
    assert.equal(challenge.body.ChallengeName, 'NEW_PASSWORD_REQUIRED');
    expectCognitoError(
      assert,
      await printing.call('AdminCreateUser', { UserPoolId: userPoolId, Username: email }),
      'UsernameExistsException',
    );
    expectCognitoError(
      assert,
      await printing.call('AdminGetUser', { UserPoolId: userPoolId, Username: uniqueEmail('nobody') }),
      'UserNotFoundException',
      'User does not exist.',
    );
  } finally {
    await printing.stop();
  }
});
