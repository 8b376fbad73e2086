/**
 * ResendConfirmationCode (missing from cognito-local). Real Cognito: a new code replaces the old one (which
 * then fails with CodeMismatchException) and is valid 24 hours; an already-confirmed user gets
 * InvalidParameterException; an unknown username gets a normal-looking answer and no email
 * (PreventUserExistenceErrors).
 */
import { attributeValue } from 'cognito-local/lib/services/userPoolService.js';
import { CONFIRMATION_CODE_LIFETIME_MS } from '../codes.js';
import { deliverCode, maskedEmailDelivery } from '../delivery.js';
import { invalidParameter } from '../errors.js';

export const ResendConfirmationCode = (services) => async (ctx, req) => {
  const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
  const user = await userPool.getUserByUsername(ctx, req.Username);
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
  await userPool.saveUser(ctx, updated);
  const delivery = await deliverCode(ctx, services, {
    source: 'ResendCode',
    email: attributeValue('email', user.Attributes) ?? req.Username,
    code,
    clientId: req.ClientId,
    userPool,
    user: updated,
    clientMetadata: req.ClientMetadata,
  });
  return { CodeDeliveryDetails: delivery };
};
