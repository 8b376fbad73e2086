/**
 * TOTP MFA driven by the web app's own client, Amplify v6: enrolment (setUpTOTP, verifyTOTPSetup,
 * updateMFAPreference, fetchMFAPreference), then a USER_SRP_AUTH sign-in answered with SOFTWARE_TOKEN_MFA
 * (nextStep CONFIRM_SIGN_IN_WITH_TOTP_CODE), a wrong code refused and the right one signing in; then turning it off.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Amplify } from 'aws-amplify';
import {
  confirmSignIn,
  confirmSignUp,
  fetchAuthSession,
  fetchMFAPreference,
  setUpTOTP,
  signIn,
  signOut,
  signUp,
  updateMFAPreference,
  verifyTOTPSetup,
} from 'aws-amplify/auth';
import { generateSync } from 'otplib';
import { LOCAL_COGNITO, startTestEmulator, uniqueEmail } from './helpers.js';

const STEP_MS = 30_000;
let cognito;
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
});
after(async () => {
  await signOut().catch(() => {});
  await cognito?.stop();
});

const codeNow = (secret) =>
  generateSync({
    secret,
    algorithm: 'sha1',
    digits: 6,
    period: 30,
    epoch: Math.floor(cognito.clock.now() / 1000),
  });

/** The middle of the next step: the code used before is spent, and no boundary falls inside a call. */
const nextStepMiddle = () => cognito.clock.advance(STEP_MS - (cognito.clock.now() % STEP_MS) + STEP_MS / 2);

test('Amplify enrols a TOTP app, is asked for a code at SRP sign-in, and can turn TOTP off again', async () => {
  const email = uniqueEmail('amplify-totp');
  const password = 'Totp-password-1';
  await signUp({ username: email, password, options: { userAttributes: { email } } });
  await confirmSignUp({
    username: email,
    confirmationCode: await cognito.emulator.readConfirmationCode(email),
  });
  assert.equal((await signIn({ username: email, password })).nextStep.signInStep, 'DONE');

  const setup = await setUpTOTP();
  const uri = setup.getSetupUri('SpendWise', email);
  assert.equal(uri.protocol, 'otpauth:');
  assert.equal(uri.searchParams.get('secret'), setup.sharedSecret);
  nextStepMiddle();
  await verifyTOTPSetup({ code: codeNow(setup.sharedSecret), options: { friendlyDeviceName: 'Test phone' } });
  await updateMFAPreference({ totp: 'PREFERRED' });
  assert.deepEqual(await fetchMFAPreference(), { enabled: ['TOTP'], preferred: 'TOTP' });
  await signOut();

  const challenged = await signIn({ username: email, password });
  assert.equal(challenged.isSignedIn, false);
  assert.equal(challenged.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
  const wrong = codeNow(setup.sharedSecret) === '000000' ? '111111' : '000000';
  await assert.rejects(confirmSignIn({ challengeResponse: wrong }), { name: 'CodeMismatchException' });
  nextStepMiddle();
  const confirmed = await confirmSignIn({ challengeResponse: codeNow(setup.sharedSecret) });
  assert.equal(confirmed.isSignedIn, true);
  assert.equal(confirmed.nextStep.signInStep, 'DONE');
  assert.ok((await fetchAuthSession()).tokens?.accessToken);

  await updateMFAPreference({ totp: 'DISABLED' });
  const preference = await fetchMFAPreference();
  assert.equal(preference.enabled, undefined);
  assert.equal(preference.preferred, undefined);
  await signOut();
  assert.equal((await signIn({ username: email, password })).nextStep.signInStep, 'DONE');
});
