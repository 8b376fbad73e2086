/**
 * AdminConfirmSignUp, replacing cognito-local's (used by seed scripts, tests and the deployed smoke test).
 * Real Cognito: an unknown user gives UserNotFoundException (cognito-local: NotAuthorizedException); a user that
 * is not UNCONFIRMED gives NotAuthorizedException; the pending confirmation code is void afterwards. Unlike
 * ConfirmSignUp it does NOT verify the email — real Cognito leaves email_verified as it was.
 */
import { notAuthorized, userNotFound } from '../errors.js';

export const AdminConfirmSignUp = (services) => async (ctx, req) => {
  const userPool = await services.cognito.getUserPool(ctx, req.UserPoolId);
  const user = await userPool.getUserByUsername(ctx, req.Username);
  if (!user) throw userNotFound();
  if (user.UserStatus !== 'UNCONFIRMED') {
    throw notAuthorized(`User cannot be confirmed. Current status is ${user.UserStatus}`);
  }
  await userPool.saveUser(ctx, {
    ...user,
    UserStatus: 'CONFIRMED',
    ConfirmationCode: undefined,
    ConfirmationCodeExpiresAt: undefined,
    UserLastModifiedDate: services.clock.get(),
  });
  return {};
};
