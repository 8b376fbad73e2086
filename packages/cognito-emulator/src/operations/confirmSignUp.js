/**
 * ConfirmSignUp. Real Cognito: a wrong code gives CodeMismatchException, a code
 * older than 24 hours ExpiredCodeException, an already-confirmed user NotAuthorizedException; success confirms
 * the user AND marks the email verified (email_verified = true, which ID tokens then
 * carry). An unknown username gets CodeMismatchException, revealing nothing (PreventUserExistenceErrors).
 */
import { attribute, attributesWith } from '../attributes.js';
import { assertCodeValid } from '../codes.js';
import { codeMismatch, notAuthorized } from '../errors.js';

export const ConfirmSignUp = (services) => async (req) => {
  const userPool = await services.cognito.getUserPoolForClientId(req.ClientId);
  const user = await userPool.getUserByUsername(req.Username);
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
  await userPool.saveUser({
    ...user,
    Attributes: attributesWith(user.Attributes, attribute('email_verified', 'true')),
    UserStatus: 'CONFIRMED',
    ConfirmationCode: undefined,
    ConfirmationCodeExpiresAt: undefined,
    UserLastModifiedDate: now,
  });
  return {};
};
