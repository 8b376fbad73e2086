/**
 * AssociateSoftwareToken: the first step of TOTP enrolment. Real Cognito takes an
 * AccessToken (a signed-in user adding an app) or a Session (the MFA_SETUP challenge of a pool whose MFA is ON),
 * never both, and answers `{ SecretCode }`, plus a new `Session` for the session form (the old one ends). The
 * secret stays pending until VerifySoftwareToken proves the app has it; a pool that does not
 * offer software tokens refuses it.
 */
import { invalidParameter, invalidSession } from '../errors.js';
import { assertPoolOffersSoftwareToken } from '../mfa.js';
import { authenticateAccessToken } from '../sessions.js';
import { mfaSetupSignIn } from '../signIn.js';
import { newTotpSecret } from '../totp.js';

export const AssociateSoftwareToken = (services) => async (req) => {
  if (req.AccessToken && req.Session)
    throw invalidParameter('Only one of AccessToken or Session is allowed.');
  if (!req.AccessToken && !req.Session) throw invalidParameter('Either AccessToken or Session is required.');
  const { user, userPool } = req.AccessToken
    ? await authenticateAccessToken(services, req.AccessToken)
    : await mfaSetupSignIn(services, req.Session);
  assertPoolOffersSoftwareToken(userPool);
  // The session form claims its Session before anything is saved: of two calls with one Session, only one
  // gets a secret, and it is the one left pending.
  const Session = req.Session ? claimNextSession(services, req.Session) : undefined;
  const secret = newTotpSecret();
  await userPool.saveUser({
    ...user,
    PendingSoftwareTokenSecret: secret,
    UserLastModifiedDate: services.clock.get(),
  });
  return Session ? { SecretCode: secret, Session } : { SecretCode: secret };
};

function claimNextSession(services, session) {
  const next = services.challengeSessions.advance(session, { tokenVerified: false });
  if (!next) throw invalidSession();
  return next;
}
