/**
 * Real Cognito identities for the users the benchmark sends requests as. Only these few need the emulator; the
 * other users exist as database rows only (they are never requested, they just make the tables realistic).
 */
import { LOCAL_COGNITO } from '@spendwise/cognito-emulator';
import { cognitoCall, jwtClaims } from '@spendwise/local-stack';

// Local-only password for identities that live in a throwaway emulator folder.
export const BENCH_PASSWORD = 'Bench-password-1';

/** Signs `email` up, confirms it and signs in: returns the access token and the Cognito `sub`. */
export async function createIdentity(endpoint, email) {
  await cognitoCall(endpoint, 'SignUp', {
    ClientId: LOCAL_COGNITO.clientId,
    Username: email,
    Password: BENCH_PASSWORD,
    UserAttributes: [{ Name: 'email', Value: email }],
  });
  await cognitoCall(endpoint, 'AdminConfirmSignUp', {
    UserPoolId: LOCAL_COGNITO.userPoolId,
    Username: email,
  });
  const { AuthenticationResult } = await cognitoCall(endpoint, 'InitiateAuth', {
    ClientId: LOCAL_COGNITO.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: email, PASSWORD: BENCH_PASSWORD },
  });
  const accessToken = AuthenticationResult.AccessToken;
  const { sub } = jwtClaims(accessToken);
  return {
    email,
    sub,
    accessToken,
    idToken: AuthenticationResult.IdToken,
    refreshToken: AuthenticationResult.RefreshToken,
  };
}
