/** The one Amplify configuration, shared by the browser (`configure-client.ts`) and the server runner. */
import type { ResourcesConfig } from 'aws-amplify';
import { config } from '@/lib/config';

export const amplifyConfig: ResourcesConfig = {
  Auth: {
    Cognito: {
      userPoolId: config.NEXT_PUBLIC_COGNITO_USER_POOL_ID,
      userPoolClientId: config.NEXT_PUBLIC_COGNITO_CLIENT_ID,
      // Only set for the local emulator; against AWS Amplify derives the regional Cognito endpoint.
      ...(config.NEXT_PUBLIC_COGNITO_ENDPOINT && { userPoolEndpoint: config.NEXT_PUBLIC_COGNITO_ENDPOINT }),
      loginWith: { email: true },
      signUpVerificationMethod: 'code',
    },
  },
};

/**
 * How `signIn` proves the password: SRP (Cognito's default, the password never leaves the browser) unless the
 * configuration explicitly chose plain-password auth for an emulator that cannot do SRP.
 */
export const authFlowType = config.NEXT_PUBLIC_AUTH_FLOW;
