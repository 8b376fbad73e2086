import assert from 'node:assert/strict';
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

const { clientId } = LOCAL_COGNITO;
const logLines = [];
let cognito;
before(async () => {
  cognito = await startTestEmulator({ log: (line) => logLines.push(line) });
});
after(() => cognito?.stop());

const signUp = (email, password = 'Correct-horse-1') =>
  cognito.call('SignUp', { ClientId: clientId, Username: email, Password: password });
const confirm = (email, code) =>
  cognito.call('ConfirmSignUp', { ClientId: clientId, Username: email, ConfirmationCode: code });

test('sign-up prints a 6-digit code that tests can read, and answers like Cognito', async () => {
  const email = uniqueEmail('ana');
  const { status, body } = await signUp(email);
  assert.equal(status, 200);
  assert.equal(body.UserConfirmed, false);
  assert.match(body.UserSub, /^[0-9a-f-]{36}$/);
  assert.deepEqual(body.CodeDeliveryDetails, {
    AttributeName: 'email',
    DeliveryMedium: 'EMAIL',
    Destination: `${email[0]}***@e***`,
  });
  const code = await cognito.emulator.readConfirmationCode(email);
  assert.match(code, /^\d{6}$/);
  assert.ok(logLines.includes(`confirmation code for ${email}: ${code}`), logLines.join('\n'));
});

test('confirming with the code marks the email verified, in GetUser and in the ID token', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('verified'));
  const tokens = await passwordSignIn(cognito, user);
  const { body } = await cognito.call('GetUser', { AccessToken: tokens.AccessToken });
  assert.deepEqual(
    body.UserAttributes.find((attribute) => attribute.Name === 'email_verified'),
    { Name: 'email_verified', Value: 'true' },
  );
  const idClaims = await verifyWithJwks(tokens.IdToken, cognito.emulator.jwksUri);
  assert.equal(idClaims.email_verified, true);
  assert.equal(idClaims.email, user.email);
});

test('a wrong code is CodeMismatchException and leaves the user unconfirmed', async () => {
  const email = uniqueEmail('wrong-code');
  await signUp(email);
  const code = await cognito.emulator.readConfirmationCode(email);
  const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
  expectCognitoError(
    assert,
    await confirm(email, wrong),
    'CodeMismatchException',
    'Invalid verification code provided, please try again.',
  );
  expectCognitoError(
    assert,
    await cognito.call('InitiateAuth', {
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD: 'Correct-horse-1' },
    }),
    'UserNotConfirmedException',
  );
  assert.equal((await confirm(email, code)).status, 200);
});

test('a code older than 24 hours is ExpiredCodeException; a resent one works', async () => {
  const email = uniqueEmail('expired');
  await signUp(email);
  const code = await cognito.emulator.readConfirmationCode(email);
  cognito.clock.advance(24 * 60 * 60 * 1000 + 1000);
  try {
    expectCognitoError(
      assert,
      await confirm(email, code),
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
    const resend = await cognito.call('ResendConfirmationCode', { ClientId: clientId, Username: email });
    assert.equal(resend.status, 200);
    assert.equal((await confirm(email, await cognito.emulator.readConfirmationCode(email))).status, 200);
  } finally {
    cognito.clock.advance(-(24 * 60 * 60 * 1000 + 1000));
  }
});

test('ResendConfirmationCode issues a new code and the old one stops working', async () => {
  const email = uniqueEmail('resend');
  await signUp(email);
  const firstCode = await cognito.emulator.readConfirmationCode(email);
  let secondCode = firstCode;
  // Random 6-digit codes can repeat; resend until it differs so the old code is provably dead.
  while (secondCode === firstCode) {
    const { status, body } = await cognito.call('ResendConfirmationCode', {
      ClientId: clientId,
      Username: email,
    });
    assert.equal(status, 200);
    assert.equal(body.CodeDeliveryDetails.DeliveryMedium, 'EMAIL');
    secondCode = await cognito.emulator.readConfirmationCode(email);
  }
  assert.ok(logLines.includes(`confirmation code for ${email}: ${secondCode}`));
  expectCognitoError(assert, await confirm(email, firstCode), 'CodeMismatchException');
  assert.equal((await confirm(email, secondCode)).status, 200);
  expectCognitoError(
    assert,
    await cognito.call('ResendConfirmationCode', { ClientId: clientId, Username: email }),
    'InvalidParameterException',
    'User is already confirmed.',
  );
});

test('signing up an email that exists (in any letter case) is UsernameExistsException', async () => {
  const email = uniqueEmail('twice');
  assert.equal((await signUp(email)).status, 200);
  expectCognitoError(
    assert,
    await signUp(email),
    'UsernameExistsException',
    'An account with the given email already exists.',
  );
  expectCognitoError(assert, await signUp(email.toUpperCase()), 'UsernameExistsException');
});

test('a weak password is InvalidPasswordException naming the unmet rule, and creates no user', async () => {
  const cases = [
    ['Sh0rt', 'Password not long enough'],
    ['alllowercase1', 'Password must have uppercase characters'],
    ['ALLUPPERCASE1', 'Password must have lowercase characters'],
    ['NoNumbersHere', 'Password must have numeric characters'],
  ];
  for (const [password, rule] of cases) {
    const email = uniqueEmail('weak');
    expectCognitoError(
      assert,
      await signUp(email, password),
      'InvalidPasswordException',
      `Password did not conform with policy: ${rule}`,
    );
    assert.equal(await cognito.emulator.readConfirmationCode(email), null);
  }
});

test('a username that is not an email is InvalidParameterException', async () => {
  expectCognitoError(
    assert,
    await signUp('not-an-email'),
    'InvalidParameterException',
    'Username should be an email.',
  );
});

test('confirming an unknown user reveals nothing: CodeMismatchException', async () => {
  expectCognitoError(assert, await confirm(uniqueEmail('nobody'), '123456'), 'CodeMismatchException');
});

test('AdminConfirmSignUp confirms without a code, once; an unknown user is UserNotFoundException', async () => {
  const email = uniqueEmail('admin-confirm');
  await signUp(email);
  const adminConfirm = (username) =>
    cognito.call('AdminConfirmSignUp', { UserPoolId: LOCAL_COGNITO.userPoolId, Username: username });
  assert.equal((await adminConfirm(email)).status, 200);
  assert.ok(await passwordSignIn(cognito, { email, password: 'Correct-horse-1' }));
  expectCognitoError(
    assert,
    await adminConfirm(email),
    'NotAuthorizedException',
    'User cannot be confirmed. Current status is CONFIRMED',
  );
  expectCognitoError(assert, await adminConfirm(uniqueEmail('ghost')), 'UserNotFoundException');
});
