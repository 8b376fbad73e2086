/**
 * `SEED_DEMO=1 npm run dev`: a demo account that can sign in at once, with a year of realistic expenses.
 */
import { LOCAL_COGNITO } from '@spendwise/cognito-emulator';
import { createPrismaClient, seedDemoUser } from '@spendwise/db';
import { cognitoCall, jwtClaims } from './cognito-client.js';

// Local-only demo credentials, printed to the developer; the emulator never leaves this machine.
export const DEMO_USER = { email: 'demo@spendwise.local', password: 'Demo-password-1' };

export async function seedDemo(stack) {
  const endpoint = stack.urls.cognito;
  const { clientId, userPoolId } = LOCAL_COGNITO;
  await cognitoCall(endpoint, 'SignUp', {
    ClientId: clientId,
    Username: DEMO_USER.email,
    Password: DEMO_USER.password,
    UserAttributes: [{ Name: 'email', Value: DEMO_USER.email }],
  }).catch(ignore('UsernameExistsException'));
  await cognitoCall(endpoint, 'AdminConfirmSignUp', {
    UserPoolId: userPoolId,
    Username: DEMO_USER.email,
  }).catch(ignore('NotAuthorizedException'));
  const { AuthenticationResult } = await cognitoCall(endpoint, 'InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: DEMO_USER.email, PASSWORD: DEMO_USER.password },
  });
  const { sub } = jwtClaims(AuthenticationResult.AccessToken);

  const prisma = createPrismaClient({ databaseUrl: stack.urls.databaseUrl });
  try {
    await seedDemoUser(prisma, { cognitoSub: sub, email: DEMO_USER.email, months: 12, seed: 42 });
  } finally {
    await prisma.$disconnect();
  }
}

function ignore(code) {
  return (error) => {
    if (error.code !== code) throw error;
  };
}
