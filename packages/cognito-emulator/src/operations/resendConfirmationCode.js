/**
 * ResendConfirmationCode. Real Cognito: a new code replaces the old one (which
 * then fails with CodeMismatchException) and is valid 24 hours; an already-confirmed user gets
 * InvalidParameterException; an unknown username gets a normal-looking answer and no email
 * (PreventUserExistenceErrors).
 */
import { attributeValue } from '../attributes.js';
import { CONFIRMATION_CODE_LIFETIME_MS } from '../codes.js';
import { deliverCode, maskedEmailDelivery } from '../delivery.js';
import { invalidParameter } from '../errors.js';

export const ResendConfirmationCode = (services) => async (req) => {
  const userPool = await services.cognito.getUserPoolForClientId(req.ClientId);
  const user = await userPool.getUserByUsername(req.Username);
  if (!user) return { CodeDeliveryDetails: maskedEmailDelivery(String(req.Username ?? '')) };
  if (user.UserStatus !== 'UNCONFIRMED') throw invalidParameter('User is already confirmed.');

  const now = services.clock.get();
  const code = services.otp();
  const updated = {
    ...user,
    ConfirmationCode: code,
    ConfirmationCodeExpiresAt: now.getTime() + CONFIRMATION_CODE_LIFETIME_MS,
    UserLastModifiedDate: now,
  };
  await userPool.saveUser(updated);
  const delivery = deliverCode(services, {
    source: 'ResendCode',
    email: attributeValue('email', user.Attributes) ?? req.Username,
    code,
  });
  return { CodeDeliveryDetails: delivery };
};
