import { randomUUID } from 'node:crypto';
import { CONFIRMATION_CODE, LOCAL_COGNITO, PASSWORD } from './constants';
import { e2eEnv } from './e2e-env';

export interface Tokens {
  accessToken: string;
  idToken: string;
  refreshToken: string;
}

/** One Cognito Identity Provider call over HTTP, exactly as Amplify and the AWS SDK make it. */
export async function cognito<T = any>(operation: string, body: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${e2eEnv().cognitoEndpoint}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const payload = (await response.json()) as T & { __type?: string; message?: string };
  if (!response.ok) throw new Error(`${operation} failed: ${payload.__type}: ${payload.message}`);
  return payload;
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
export function claimsOf(token: string): Record<string, any> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
}
