import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  createConfirmedUser,
  expectCognitoError,
  LOCAL_COGNITO,
  passwordSignIn,
  startTestEmulator,
  uniqueEmail,
} from './helpers.js';

const { clientId } = LOCAL_COGNITO;
const logLines = [];
let cognito;
before(async () => {
  cognito = await startTestEmulator({ log: (line) => logLines.push(line) });
});
after(() => cognito?.stop());

const forgot = (email) => cognito.call('ForgotPassword', { ClientId: clientId, Username: email });
const reset = (email, code, password) =>
  cognito.call('ConfirmForgotPassword', {
    ClientId: clientId,
    Username: email,
    ConfirmationCode: code,
    Password: password,
  });

test('a printed reset code sets a new password; the old one stops working', async () => {
  const user = await createConfirmedUser(cognito, uniqueEmail('reset'));
  const { status, body } = await forgot(user.email);
  assert.equal(status, 200);
  assert.equal(body.CodeDeliveryDetails.Destination, `${user.email[0]}***@e***`);
  const code = await cognito.emulator.readPasswordResetCode(user.email);
  assert.match(code, /^\d{6}$/);
  assert.ok(logLines.includes(`password reset code for ${user.email}: ${code}`));

  expectCognitoError(assert, await reset(user.email, code, 'weak'), 'InvalidPasswordException');
  assert.equal((await reset(user.email, code, 'Brand-new-pass-9')).status, 200);
  assert.ok(await passwordSignIn(cognito, { ...user, password: 'Brand-new-pass-9' }));
  await assert.rejects(passwordSignIn(cognito, user), /Incorrect username or password/);
  expectCognitoError(assert, await reset(user.email, code, 'Another-pass-9'), 'CodeMismatchException');
});

test('a reset code is not a sign-up code, and expires after an hour', async () => {
  const email = uniqueEmail('reset-codes');
  await cognito.call('SignUp', { ClientId: clientId, Username: email, Password: 'Correct-horse-1' });
  const signUpCode = await cognito.emulator.readConfirmationCode(email);
  expectCognitoError(assert, await reset(email, signUpCode, 'Brand-new-pass-9'), 'CodeMismatchException');
  // Unverified email: Cognito has nowhere trustworthy to send a reset code.
  expectCognitoError(assert, await forgot(email), 'InvalidParameterException');

  await cognito.call('ConfirmSignUp', { ClientId: clientId, Username: email, ConfirmationCode: signUpCode });
  await forgot(email);
  const resetCode = await cognito.emulator.readPasswordResetCode(email);
  const overAnHour = 61 * 60 * 1000;
  cognito.clock.advance(overAnHour);
  try {
    expectCognitoError(assert, await reset(email, resetCode, 'Brand-new-pass-9'), 'ExpiredCodeException');
  } finally {
    cognito.clock.advance(-overAnHour);
  }
});

test('an unknown email gets a normal-looking answer and no code (user existence is not revealed)', async () => {
  const email = uniqueEmail('nobody');
  const linesBefore = logLines.length;
  const { status, body } = await forgot(email);
  assert.equal(status, 200);
  assert.equal(body.CodeDeliveryDetails.DeliveryMedium, 'EMAIL');
  assert.equal(logLines.length, linesBefore);
  expectCognitoError(assert, await reset(email, '123456', 'Brand-new-pass-9'), 'CodeMismatchException');
});
