import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cognitoCall, createConfirmedUser, LOCAL_COGNITO, startTestEmulator } from './helpers.js';

let cognito;
let accessToken;
before(async () => {
  cognito = await startTestEmulator();
  const email = 'faults@example.com';
  await createConfirmedUser(cognito, email);
  const signIn = await cognito.call('InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: LOCAL_COGNITO.clientId,
    AuthParameters: { USERNAME: email, PASSWORD: 'Correct-horse-1' },
  });
  accessToken = signIn.body.AuthenticationResult.AccessToken;
});
after(() => cognito?.stop());

test('throttling answers GetUser as Cognito does past its quota, and only the faulted operation', async () => {
  cognito.emulator.injectFault('throttle', ['GetUser']);
  try {
    const response = await fetch(cognito.emulator.endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': 'AWSCognitoIdentityProviderService.GetUser',
      },
      body: JSON.stringify({ AccessToken: accessToken }),
    });
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('x-amzn-errortype'), 'TooManyRequestsException:');
    assert.deepEqual(await response.json(), { __type: 'TooManyRequestsException', message: 'Rate exceeded' });
    const other = await cognito.call('GetUserPoolMfaConfig', { UserPoolId: LOCAL_COGNITO.userPoolId });
    assert.notEqual(other.body.__type, 'TooManyRequestsException');
  } finally {
    cognito.emulator.clearFaults();
  }
  assert.equal((await cognito.call('GetUser', { AccessToken: accessToken })).status, 200);
});

test('an internal failure is HTTP 500 InternalErrorException', async () => {
  cognito.emulator.injectFault('internal', ['GetUser']);
  try {
    const { status, body } = await cognito.call('GetUser', { AccessToken: accessToken });
    assert.equal(status, 500);
    assert.equal(body.__type, 'InternalErrorException');
  } finally {
    cognito.emulator.clearFaults();
  }
});

test('a timeout holds the call unanswered until the fault is cleared', async () => {
  cognito.emulator.injectFault('timeout', ['GetUser']);
  const before = cognito.emulator.faultedCalls;
  const pending = cognitoCall(cognito.emulator.endpoint, 'GetUser', { AccessToken: accessToken }).then(
    () => 'answered',
    () => 'dropped',
  );
  const raced = await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, 500, 'waiting'))]);
  assert.equal(raced, 'waiting');
  assert.equal(cognito.emulator.faultedCalls, before + 1);
  cognito.emulator.clearFaults();
  assert.equal(await pending, 'dropped');
  assert.equal((await cognito.call('GetUser', { AccessToken: accessToken })).status, 200);
});

test('an unknown fault kind or an empty operation list is refused', () => {
  assert.throws(() => cognito.emulator.injectFault('slow', ['GetUser']), /Unknown fault/);
  assert.throws(() => cognito.emulator.injectFault('throttle', []), /Name the operations/);
});
