/**
 * TOTP MFA driven by the web app's own client, Amplify v6: enrolment (setUpTOTP, verifyTOTPSetup,
 * updateMFAPreference, fetchMFAPreference), then a USER_SRP_AUTH sign-in answered with SOFTWARE_TOKEN_MFA
 * (nextStep CONFIRM_SIGN_IN_WITH_TOTP_CODE), a wrong code refused and the right one signing in; then turning it off.
 * And with the pool requiring MFA: the SRP sign-in of a user without an app answered with MFA_SETUP (nextStep
 * CONTINUE_SIGN_IN_WITH_TOTP_SETUP), enrolment by Session through confirmSignIn, and a code asked next time.
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
import { authenticatorApp, LOCAL_COGNITO, startTestEmulator, uniqueEmail } from './helpers.js';

let cognito, codeNow, nextStepMiddle;
before(async () => {
  cognito = await startTestEmulator();
  ({ codeAt: codeNow, nextStepMiddle } = authenticatorApp(cognito));
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

test('MFA required: Amplify’s SRP sign-in gets CONTINUE_SIGN_IN_WITH_TOTP_SETUP, enrols by Session, then is asked for a code', async () => {
  await signOut(); // whoever an earlier test left signed in
  const email = uniqueEmail('amplify-required');
  const password = 'Totp-password-1';
  await signUp({ username: email, password, options: { userAttributes: { email } } });
  await confirmSignUp({
    username: email,
    confirmationCode: await cognito.emulator.readConfirmationCode(email),
  });
  const setPoolMfa = (MfaConfiguration) =>
    cognito.call('SetUserPoolMfaConfig', {
      UserPoolId: LOCAL_COGNITO.userPoolId,
      MfaConfiguration,
      SoftwareTokenMfaConfiguration: { Enabled: true },
    });
  assert.equal((await setPoolMfa('ON')).status, 200);
  try {
    const setup = await signIn({ username: email, password });
    assert.equal(setup.isSignedIn, false);
    if (setup.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP')
      assert.fail(`expected TOTP setup, got ${setup.nextStep.signInStep}`);
    const { sharedSecret, getSetupUri } = setup.nextStep.totpSetupDetails;
    assert.match(sharedSecret, /^[A-Z2-7]{52}$/);
    assert.equal(getSetupUri('SpendWise', email).searchParams.get('secret'), sharedSecret);

    nextStepMiddle();
    const wrong = codeNow(sharedSecret) === '000000' ? '111111' : '000000';
    await assert.rejects(confirmSignIn({ challengeResponse: wrong }), {
      name: 'EnableSoftwareTokenMFAException',
    });
    const confirmed = await confirmSignIn({ challengeResponse: codeNow(sharedSecret) });
    assert.equal(confirmed.isSignedIn, true);
    assert.deepEqual(await fetchMFAPreference(), { enabled: ['TOTP'], preferred: 'TOTP' });
    await signOut();

    nextStepMiddle();
    const challenged = await signIn({ username: email, password });
    assert.equal(challenged.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    assert.equal((await confirmSignIn({ challengeResponse: codeNow(sharedSecret) })).isSignedIn, true);
    await assert.rejects(updateMFAPreference({ totp: 'DISABLED' }), { name: 'InvalidParameterException' });
  } finally {
    await setPoolMfa('OPTIONAL');
  }
});
