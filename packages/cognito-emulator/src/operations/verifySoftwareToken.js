/**
 * VerifySoftwareToken: the second step of TOTP enrolment, by AccessToken or by the
 * Session of an MFA_SETUP sign-in. A code from the pending secret (current step ±1) makes it the user's verified
 * token and answers `{ Status: 'SUCCESS' }` (plus a new Session, which RespondToAuthChallenge MFA_SETUP then
 * takes); it does not turn MFA on by itself — SetUserMFAPreference, or completing MFA_SETUP, does. A wrong code
 * is EnableSoftwareTokenMFAException "Code mismatch" and leaves the
 * pending secret and the Session to try again. The accepted step is marked used, so the same code cannot then
 * complete a sign-in.
 */
import {
  invalidParameter,
  invalidSession,
  softwareTokenCodeMismatch,
  softwareTokenMfaNotFound,
} from '../errors.js';
import { assertPoolOffersSoftwareToken } from '../mfa.js';
import { authenticateAccessToken } from '../sessions.js';
import { mfaSetupSignIn } from '../signIn.js';
import { matchedTimeStep } from '../totp.js';

export const VerifySoftwareToken = (services) => async (req) => {
  if (typeof req.UserCode !== 'string' || !/^\d{6}$/.test(req.UserCode)) {
    // The API's own constraint on UserCode: exactly six digits.
    throw invalidParameter("1 validation error detected: Value at 'userCode' failed to satisfy constraint");
  }
  if (req.AccessToken && req.Session)
    throw invalidParameter('Only one of AccessToken or Session is allowed.');
  if (!req.AccessToken && !req.Session) throw invalidParameter('Either AccessToken or Session is required.');
  const { user, userPool } = req.AccessToken
    ? await authenticateAccessToken(services, req.AccessToken)
    : await mfaSetupSignIn(services, req.Session);
  assertPoolOffersSoftwareToken(userPool);
  const secret = user.PendingSoftwareTokenSecret;
  if (!secret) throw softwareTokenMfaNotFound('No software token has been associated with this user.');
  const step = matchedTimeStep(secret, req.UserCode, services.clock.get().getTime());
  if (step === null) throw softwareTokenCodeMismatch();
  // A right code ends the Session before the token is saved, so the same Session cannot verify twice.
  const Session = req.Session
    ? services.challengeSessions.advance(req.Session, { tokenVerified: true })
    : undefined;
  if (Session === null) throw invalidSession();
  await userPool.saveUser({
    ...user,
    PendingSoftwareTokenSecret: undefined,
    SoftwareTokenMfaConfiguration: {
      Secret: secret,
      Verified: true,
      FriendlyDeviceName: req.FriendlyDeviceName || undefined,
      LastUsedTimeStep: step,
    },
    UserLastModifiedDate: services.clock.get(),
  });
  return Session ? { Status: 'SUCCESS', Session } : { Status: 'SUCCESS' };
};
