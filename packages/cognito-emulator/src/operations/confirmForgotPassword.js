/**
 * ConfirmForgotPassword. Real Cognito: the reset code must match (else
 * CodeMismatchException) and be under 1 hour old (else ExpiredCodeException); the new password must meet the
 * pool policy (else InvalidPasswordException, and the code stays usable). An unknown username gets
 * CodeMismatchException, revealing nothing (PreventUserExistenceErrors).
 */
import { assertCodeValid } from '../codes.js';
import { codeMismatch } from '../errors.js';
import { assertPasswordMeetsPolicy } from '../passwordPolicy.js';

export const ConfirmForgotPassword = (services) => async (req) => {
  const userPool = await services.cognito.getUserPoolForClientId(req.ClientId);
  const user = await userPool.getUserByUsername(req.Username);
  if (!user) throw codeMismatch();
  const now = services.clock.get();
  assertCodeValid(
    { code: user.PasswordResetCode, expiresAt: user.PasswordResetCodeExpiresAt },
    req.ConfirmationCode,
    now.getTime(),
  );
  assertPasswordMeetsPolicy(userPool.options.Policies?.PasswordPolicy, String(req.Password ?? ''));
  await userPool.saveUser({
    ...user,
    Password: req.Password,
    UserStatus: user.UserStatus === 'RESET_REQUIRED' ? 'CONFIRMED' : user.UserStatus,
    PasswordResetCode: undefined,
    PasswordResetCodeExpiresAt: undefined,
    UserLastModifiedDate: now,
  });
  return {};
};
