/**
 * ConfirmSignUp, replacing cognito-local's. Real Cognito: a wrong code gives CodeMismatchException, a code
 * older than 24 hours ExpiredCodeException, an already-confirmed user NotAuthorizedException; success confirms
 * the user AND marks the email verified (email_verified = true; cognito-local left it unset, so ID tokens said
 * false). An unknown username gets CodeMismatchException, revealing nothing (PreventUserExistenceErrors).
 */
import { attribute, attributesAppend } from 'cognito-local/lib/services/userPoolService.js';
import { assertCodeValid } from '../codes.js';
import { codeMismatch, notAuthorized } from '../errors.js';

export const ConfirmSignUp = (services) => async (ctx, req) => {
  const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
  const user = await userPool.getUserByUsername(ctx, req.Username);
  if (!user) throw codeMismatch();
  if (user.UserStatus !== 'UNCONFIRMED') {
    throw notAuthorized(`User cannot be confirmed. Current status is ${user.UserStatus}`);
  }
  const now = services.clock.get();
  assertCodeValid(
    { code: user.ConfirmationCode, expiresAt: user.ConfirmationCodeExpiresAt },
    req.ConfirmationCode,
    now.getTime(),
  );
  await userPool.saveUser(ctx, {
    ...user,
    Attributes: attributesAppend(user.Attributes, attribute('email_verified', 'true')),
    UserStatus: 'CONFIRMED',
    ConfirmationCode: undefined,
    ConfirmationCodeExpiresAt: undefined,
    UserLastModifiedDate: now,
  });
  return {};
};
