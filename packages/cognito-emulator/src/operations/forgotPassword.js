/**
 * ForgotPassword. Real Cognito: emails a password-reset code valid 1 hour, only to a
 * verified email (else InvalidParameterException); an unknown username gets a normal-looking answer and no
 * email (PreventUserExistenceErrors). The reset code has its own field, so a sign-up code never resets a
 * password and vice versa.
 */
import { attributeValue } from '../attributes.js';
import { PASSWORD_RESET_CODE_LIFETIME_MS } from '../codes.js';
import { deliverCode, maskedEmailDelivery } from '../delivery.js';
import { invalidParameter } from '../errors.js';

export const ForgotPassword = (services) => async (req) => {
  const userPool = await services.cognito.getUserPoolForClientId(req.ClientId);
  const user = await userPool.getUserByUsername(req.Username);
  if (!user) return { CodeDeliveryDetails: maskedEmailDelivery(String(req.Username ?? '')) };
  const email = attributeValue('email', user.Attributes);
  if (!email || attributeValue('email_verified', user.Attributes) !== 'true') {
    throw invalidParameter(
      'Cannot reset password for the user as there is no registered/verified email or phone_number',
    );
  }

  const now = services.clock.get();
  const code = services.otp();
  const updated = {
    ...user,
    PasswordResetCode: code,
    PasswordResetCodeExpiresAt: now.getTime() + PASSWORD_RESET_CODE_LIFETIME_MS,
    UserLastModifiedDate: now,
  };
  await userPool.saveUser(updated);
  const delivery = deliverCode(services, { source: 'ForgotPassword', email, code });
  return { CodeDeliveryDetails: delivery };
};
