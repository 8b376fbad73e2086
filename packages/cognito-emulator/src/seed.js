/**
 * The local user pool and its two app clients, created on first start and brought back in line on every later
 * start (users are never touched). Settings mirror the Terraform cognito module so local behaviour matches AWS.
 */
import { isDeepStrictEqual } from 'node:util';
import { LOCAL_COGNITO } from './identities.js';
import { PASSWORD_POLICY } from './passwordPolicy.js';

export const POOL_SETTINGS = Object.freeze({
  Id: LOCAL_COGNITO.userPoolId,
  Name: 'spendwise-local',
  Arn: `arn:aws:cognito-idp:${LOCAL_COGNITO.region}:000000000000:userpool/${LOCAL_COGNITO.userPoolId}`,
  UsernameAttributes: ['email'],
  AutoVerifiedAttributes: ['email'],
  UsernameConfiguration: { CaseSensitive: false },
  Policies: {
    PasswordPolicy: {
      MinimumLength: PASSWORD_POLICY.minimumLength,
      RequireLowercase: PASSWORD_POLICY.requireLowercase,
      RequireUppercase: PASSWORD_POLICY.requireUppercase,
      RequireNumbers: PASSWORD_POLICY.requireNumbers,
      RequireSymbols: PASSWORD_POLICY.requireSymbols,
      TemporaryPasswordValidityDays: 7,
    },
  },
  // As in production: people may enrol an authenticator app (TOTP); SMS and email MFA are not offered.
  MfaConfiguration: 'OPTIONAL',
  SoftwareTokenMfaConfiguration: { Enabled: true },
  VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_CODE' },
  AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
});

const CLIENT_SETTINGS = Object.freeze({
  UserPoolId: LOCAL_COGNITO.userPoolId,
  // USER_PASSWORD_AUTH is allowed locally for scripts and API tests; the web app signs in with SRP as in AWS.
  ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_PASSWORD_AUTH'],
  PreventUserExistenceErrors: 'ENABLED',
  EnableTokenRevocation: true,
  AccessTokenValidity: 60,
  IdTokenValidity: 60,
  RefreshTokenValidity: 30,
  TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
  AuthSessionValidity: 3,
  ReadAttributes: ['email', 'email_verified'],
  WriteAttributes: ['email'],
});

export const CLIENTS = Object.freeze([
  { ...CLIENT_SETTINGS, ClientId: LOCAL_COGNITO.clientId, ClientName: 'spendwise-local-web' },
  { ...CLIENT_SETTINGS, ClientId: LOCAL_COGNITO.otherClientId, ClientName: 'spendwise-local-other' },
]);

/** Creates or converges the pool and clients; changes nothing that already matches. */
export async function seedLocalPool({ cognito, clock }) {
  const now = clock.get();
  const existingPool = cognito.findUserPool(POOL_SETTINGS.Id);
  if (!existingPool) {
    await cognito.createUserPool({ ...POOL_SETTINGS, CreationDate: now, LastModifiedDate: now });
  } else if (differs(existingPool.options, POOL_SETTINGS)) {
    await existingPool.updateOptions({
      ...existingPool.options,
      ...POOL_SETTINGS,
      LastModifiedDate: now,
    });
  }

  const userPool = cognito.getUserPool(POOL_SETTINGS.Id);
  for (const client of CLIENTS) {
    const existing = cognito.getAppClient(client.ClientId);
    if (!existing || differs(existing, client)) {
      await userPool.saveAppClient({
        ...existing,
        ...client,
        CreationDate: existing?.CreationDate ?? now,
        LastModifiedDate: now,
      });
    }
  }
}

function differs(current, wanted) {
  // Deep equality, not JSON text: a stored policy's keys may come back in another order than ours.
  return Object.entries(wanted).some(([key, value]) => !isDeepStrictEqual(current[key], value));
}
