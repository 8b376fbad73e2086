/**
 * SetUserMFAPreference (the signed-in user, by AccessToken) and AdminSetUserMFAPreference (by UserPoolId and
 * Username). `SoftwareTokenMfaSettings: { Enabled, PreferredMfa }` turns TOTP at
 * sign-in on or off; turning it on needs a verified token, and turning it off is refused when the pool requires
 * MFA (InvalidParameterException for both). Both answer {}.
 */
import { userNotFound } from '../errors.js';
import { withMfaPreference } from '../mfa.js';
import { authenticateAccessToken } from '../sessions.js';

export const SetUserMFAPreference = (services) => async (req) => {
  const { user, userPool } = await authenticateAccessToken(services, req.AccessToken);
  await save(services, userPool, withMfaPreference(userPool, user, req));
  return {};
};

export const AdminSetUserMFAPreference = (services) => async (req) => {
  const userPool = await services.cognito.getUserPool(req.UserPoolId);
  const user = await userPool.getUserByUsername(req.Username);
  if (!user) throw userNotFound();
  await save(services, userPool, withMfaPreference(userPool, user, req));
  return {};
};

const save = (services, userPool, user) =>
  userPool.saveUser({ ...user, UserLastModifiedDate: services.clock.get() });
