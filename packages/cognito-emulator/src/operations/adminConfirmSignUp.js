/**
 * AdminConfirmSignUp (used by seed scripts, tests and the deployed smoke test).
 * Real Cognito: an unknown user gives UserNotFoundException; a user that
 * is not UNCONFIRMED gives NotAuthorizedException; the pending confirmation code is void afterwards. Unlike
 * ConfirmSignUp it does NOT verify the email — real Cognito leaves email_verified as it was.
 */
import { notAuthorized, userNotFound } from '../errors.js';

export const AdminConfirmSignUp = (services) => async (req) => {
  const userPool = await services.cognito.getUserPool(req.UserPoolId);
  const user = await userPool.getUserByUsername(req.Username);
  if (!user) throw userNotFound();
  if (user.UserStatus !== 'UNCONFIRMED') {
    throw notAuthorized(`User cannot be confirmed. Current status is ${user.UserStatus}`);
  }
  await userPool.saveUser({
    ...user,
    UserStatus: 'CONFIRMED',
    ConfirmationCode: undefined,
    ConfirmationCodeExpiresAt: undefined,
    UserLastModifiedDate: services.clock.get(),
  });
  return {};
};
