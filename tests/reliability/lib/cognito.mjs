/** People in the local Cognito emulator, created the way the web app creates them (sign-up, code, sign-in). */
import { randomUUID } from 'node:crypto';
import { cognitoCall } from '@spendwise/local-stack';
import { LOCAL_COGNITO } from './api-process.mjs';

// The global setup pins the emulator's codes to this value, so suites can confirm the users they sign up.
export const CONFIRMATION_CODE = '424242';
// A password used only against the throwaway emulator; the secrets check greps the logs for it.
export const PASSWORD = 'Reliable-horse-7!';

export async function signIn(endpoint, email, clientId = LOCAL_COGNITO.clientId) {
  const { AuthenticationResult } = await cognitoCall(endpoint, 'InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: email, PASSWORD },
  });
  return {
    accessToken: AuthenticationResult.AccessToken,
    idToken: AuthenticationResult.IdToken,
    refreshToken: AuthenticationResult.RefreshToken,
  };
}

/** A brand-new confirmed and signed-in person. */
export async function newUser(endpoint, label = 'user') {
  const email = `${label}-${randomUUID().slice(0, 8)}@example.com`;
  await cognitoCall(endpoint, 'SignUp', {
    ClientId: LOCAL_COGNITO.clientId,
    Username: email,
    Password: PASSWORD,
    UserAttributes: [{ Name: 'email', Value: email }],
  });
  await cognitoCall(endpoint, 'ConfirmSignUp', {
    ClientId: LOCAL_COGNITO.clientId,
    Username: email,
    ConfirmationCode: CONFIRMATION_CODE,
  });
  return { email, ...(await signIn(endpoint, email)) };
}

export async function deleteUser(endpoint, email) {
  await cognitoCall(endpoint, 'AdminDeleteUser', { UserPoolId: LOCAL_COGNITO.userPoolId, Username: email });
}
