/**
 * SignUp. Real Cognito, for our email-username pool: the username must be an email;
 * the password is checked against the pool policy (InvalidPasswordException naming the unmet rule); an email
 * already registered gives UsernameExistsException; the user is stored UNCONFIRMED under a generated internal
 * username (the `sub`) and a confirmation code, valid 24 hours, is emailed.
 */
import { randomUUID } from 'node:crypto';
import { attributeValue } from '../attributes.js';
import { CONFIRMATION_CODE_LIFETIME_MS } from '../codes.js';
import { deliverCode } from '../delivery.js';
import { invalidParameter, usernameExists } from '../errors.js';
import { assertPasswordMeetsPolicy } from '../passwordPolicy.js';

export const SignUp = (services) => async (req) => {
  const userPool = await services.cognito.getUserPoolForClientId(req.ClientId);
  if (typeof req.Username !== 'string' || !req.Username.includes('@')) {
    throw invalidParameter('Username should be an email.');
  }
  if (typeof req.Password !== 'string') throw invalidParameter('Missing required parameter Password');
  assertPasswordMeetsPolicy(userPool.options.Policies?.PasswordPolicy, req.Password);
  if (await userPool.getUserByUsername(req.Username)) throw usernameExists();

  const sub = randomUUID();
  const given = (req.UserAttributes ?? []).filter((attribute) => attribute.Name !== 'sub');
  const email = attributeValue('email', given) ?? req.Username;
  const attributes = [
    { Name: 'sub', Value: sub },
    { Name: 'email', Value: email },
    ...given.filter((attribute) => attribute.Name !== 'email' && attribute.Name !== 'email_verified'),
  ];
  const now = services.clock.get();
  const code = services.otp();
  const user = {
    Username: sub,
    Attributes: attributes,
    Enabled: true,
    Password: req.Password,
    RefreshTokens: [],
    UserCreateDate: now,
    UserLastModifiedDate: now,
    UserStatus: 'UNCONFIRMED',
    ConfirmationCode: code,
    ConfirmationCodeExpiresAt: now.getTime() + CONFIRMATION_CODE_LIFETIME_MS,
  };
  await userPool.saveUser(user);
  const delivery = deliverCode(services, { source: 'SignUp', email, code });
  return { CodeDeliveryDetails: delivery, UserConfirmed: false, UserSub: sub };
};
