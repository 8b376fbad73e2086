import { randomUUID } from 'node:crypto';
import { cognitoCall, jwtClaims } from '@spendwise/local-stack';
import { CONFIRMATION_CODE, LOCAL_COGNITO, PASSWORD } from './constants';
import { e2eEnv } from './e2e-env';

export interface Tokens {
  accessToken: string;
  idToken: string;
  refreshToken: string;
}

/** One Cognito Identity Provider call to the suite's emulator (the shared client: Amplify's and the SDK's wire format). */
export function cognito<T = any>(operation: string, body: Record<string, unknown>): Promise<T> {
  return cognitoCall(`${e2eEnv().cognitoEndpoint}/`, operation, body) as Promise<T>;
}

export async function signIn(email: string, clientId: string = LOCAL_COGNITO.clientId): Promise<Tokens> {
  const { AuthenticationResult } = await cognito('InitiateAuth', {
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

/** A brand-new person: signs up, confirms with the emailed code, signs in. */
export async function newUser(label = 'user'): Promise<Tokens & { email: string }> {
  const email = `${label}-${randomUUID().slice(0, 8)}@example.com`;
  await cognito('SignUp', {
    ClientId: LOCAL_COGNITO.clientId,
    Username: email,
    Password: PASSWORD,
    UserAttributes: [{ Name: 'email', Value: email }],
  });
  await cognito('ConfirmSignUp', {
    ClientId: LOCAL_COGNITO.clientId,
    Username: email,
    ConfirmationCode: CONFIRMATION_CODE,
  });
  return { email, ...(await signIn(email)) };
}

/** The claims of a JWT (no verification: the suite just received it). */
export const claimsOf: (token: string) => Record<string, any> = jwtClaims;
