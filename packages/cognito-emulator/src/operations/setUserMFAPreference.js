/**
 * SetUserMFAPreference (the signed-in user, by AccessToken) and AdminSetUserMFAPreference (by UserPoolId and
 * Username), replacing cognito-local's. `SoftwareTokenMfaSettings: { Enabled, PreferredMfa }` turns TOTP at
 * sign-in on or off; turning it on needs a verified token, and turning it off is refused when the pool requires
 * MFA (InvalidParameterException for both). Both answer {}.
 * cognito-local only decoded the access token.
 */
import { userNotFound } from '../errors.js';
import { withMfaPreference } from '../mfa.js';
import { authenticateAccessToken } from '../sessions.js';

export const SetUserMFAPreference = (services) => async (ctx, req) => {
  const { user, userPool } = await authenticateAccessToken(ctx, services, req.AccessToken);
  await save(ctx, services, userPool, withMfaPreference(userPool, user, req));
  return {};
};

export const AdminSetUserMFAPreference = (services) => async (ctx, req) => {
  const userPool = await services.cognito.getUserPool(ctx, req.UserPoolId);
  const user = await userPool.getUserByUsername(ctx, req.Username);
  if (!user) throw userNotFound();
  await save(ctx, services, userPool, withMfaPreference(userPool, user, req));
  return {};
};

const save = (ctx, services, userPool, user) =>
  userPool.saveUser(ctx, { ...user, UserLastModifiedDate: services.clock.get() });
