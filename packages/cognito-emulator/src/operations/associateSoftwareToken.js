/**
 * AssociateSoftwareToken, replacing cognito-local's: the first step of TOTP enrolment. Real Cognito takes an
 * AccessToken (a signed-in user adding an app) or a Session (the MFA_SETUP challenge of a pool whose MFA is ON),
 * never both, and answers `{ SecretCode }` (plus `Session` for the session form). The secret stays pending until
 * VerifySoftwareToken proves the app has it. cognito-local only decoded the token and ignored the pool's settings.
 * This pool's MFA is OPTIONAL, as in production, so it never issues MFA_SETUP sessions: any Session is unknown.
 */
import { invalidParameter, invalidSession } from '../errors.js';
import { assertPoolOffersSoftwareToken } from '../mfa.js';
import { authenticateAccessToken } from '../sessions.js';
import { newTotpSecret } from '../totp.js';

export const AssociateSoftwareToken = (services) => async (ctx, req) => {
  if (req.AccessToken && req.Session)
    throw invalidParameter('Only one of AccessToken or Session is allowed.');
  if (!req.AccessToken) {
    if (!req.Session) throw invalidParameter('Either AccessToken or Session is required.');
    throw invalidSession();
  }
  const { user, userPool } = await authenticateAccessToken(ctx, services, req.AccessToken);
  assertPoolOffersSoftwareToken(userPool);
  const secret = newTotpSecret();
  await userPool.saveUser(ctx, {
    ...user,
    PendingSoftwareTokenSecret: secret,
    UserLastModifiedDate: services.clock.get(),
  });
  return { SecretCode: secret };
};
