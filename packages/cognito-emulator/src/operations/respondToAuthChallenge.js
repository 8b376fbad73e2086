/**
 * RespondToAuthChallenge. PASSWORD_VERIFIER (the second step of USER_SRP_AUTH) is
 * answered here: real Cognito checks the client's SRP proof and signs the user in, or answers
 * NotAuthorizedException "Incorrect username or password." — also for an unknown user. A SECRET_BLOCK that is
 * unknown, used already or older than 3 minutes fails like an expired session.
 * SOFTWARE_TOKEN_MFA is answered here too:
 * the Session from the challenge, the same user, and a TOTP code of the current step ±1 give tokens; a wrong
 * code is CodeMismatchException and the Session stays usable for another try; a code whose step was already
 * accepted is ExpiredCodeException; an unknown or expired Session is NotAuthorizedException.
 * MFA_SETUP (a pool requiring MFA, a user without an app) is answered here: with the
 * Session VerifySoftwareToken returned, the same client and user, it issues tokens and leaves the verified token
 * on as the user's MFA; a Session whose token was not verified yet, unknown or expired is NotAuthorizedException.
 * NEW_PASSWORD_REQUIRED (an admin-created user's first sign-in) takes the Session of that challenge, the same
 * client and user, and a NEW_PASSWORD meeting the pool policy (else InvalidPasswordException, and the Session
 * stays usable); the user is then CONFIRMED and the sign-in goes on (to MFA, or tokens).
 */
import { incorrectCredentials, invalidParameter, invalidSession, UnsupportedError } from '../errors.js';
import { acceptSignInCode, withSoftwareTokenMfaOn } from '../mfa.js';
import { assertPasswordMeetsPolicy } from '../passwordPolicy.js';
import { completeSignIn, issueTokens, mfaSetupSignIn } from '../signIn.js';
import { isValidPasswordClaim } from '../srp.js';

const CHALLENGES = {
  PASSWORD_VERIFIER: verifyPasswordClaim,
  SOFTWARE_TOKEN_MFA: verifySoftwareTokenCode,
  MFA_SETUP: completeMfaSetup,
  NEW_PASSWORD_REQUIRED: setNewPassword,
};

export const RespondToAuthChallenge = (services) => async (req) => {
  if (!Object.hasOwn(CHALLENGES, req.ChallengeName)) {
    throw new UnsupportedError(`RespondToAuthChallenge with ChallengeName=${req.ChallengeName}`);
  }
  return CHALLENGES[req.ChallengeName](services, req);
};

async function verifyPasswordClaim(services, req) {
  const responses = req.ChallengeResponses ?? {};
  for (const name of ['USERNAME', 'PASSWORD_CLAIM_SECRET_BLOCK', 'PASSWORD_CLAIM_SIGNATURE', 'TIMESTAMP']) {
    if (!responses[name]) throw invalidParameter(`Missing required parameter ${name}`);
  }
  const challenge = services.srpChallenges.take(responses.PASSWORD_CLAIM_SECRET_BLOCK);
  if (!challenge || challenge.clientId !== req.ClientId) {
    throw invalidSession();
  }
  const proven = isValidPasswordClaim({
    ...challenge,
    secretBlock: responses.PASSWORD_CLAIM_SECRET_BLOCK,
    timestamp: responses.TIMESTAMP,
    signature: responses.PASSWORD_CLAIM_SIGNATURE,
  });
  if (!proven || !challenge.username || responses.USERNAME !== challenge.userId) throw incorrectCredentials();

  const userPool = await services.cognito.getUserPoolForClientId(req.ClientId);
  const client = await services.cognito.getAppClient(req.ClientId);
  const user = await userPool.getUserByUsername(challenge.username);
  if (!user) throw incorrectCredentials();
  return completeSignIn(services, { userPool, client, user });
}

async function verifySoftwareTokenCode(services, req) {
  const responses = req.ChallengeResponses ?? {};
  for (const name of ['USERNAME', 'SOFTWARE_TOKEN_MFA_CODE']) {
    if (!responses[name]) throw invalidParameter(`Missing required parameter ${name}`);
  }
  const signIn = services.challengeSessions.find(req.Session, 'SOFTWARE_TOKEN_MFA');
  if (!signIn || signIn.clientId !== req.ClientId) throw invalidSession();
  const userPool = await services.cognito.getUserPoolForClientId(req.ClientId);
  const client = await services.cognito.getAppClient(req.ClientId);
  const user = await userPool.getUserByUsername(responses.USERNAME);
  // USERNAME may be the email or the USER_ID_FOR_SRP Amplify got back; either way it must be this sign-in's user.
  if (!user || user.Username !== signIn.username) throw invalidSession();
  const accepted = acceptSignInCode(user, responses.SOFTWARE_TOKEN_MFA_CODE, services.clock.get().getTime());
  services.challengeSessions.close(req.Session);
  await userPool.saveUser(accepted);
  return issueTokens(services, { userPool, client, user: accepted });
}

async function completeMfaSetup(services, req) {
  const username = req.ChallengeResponses?.USERNAME;
  if (!username) throw invalidParameter('Missing required parameter USERNAME');
  const { signIn, userPool, user } = await mfaSetupSignIn(services, req.Session);
  const sameUser = (await userPool.getUserByUsername(username))?.Username === user.Username;
  if (!signIn.tokenVerified || signIn.clientId !== req.ClientId || !sameUser) throw invalidSession();
  services.challengeSessions.close(req.Session);
  const enrolled = withSoftwareTokenMfaOn({ ...user, UserLastModifiedDate: services.clock.get() });
  await userPool.saveUser(enrolled);
  const client = await services.cognito.getAppClient(req.ClientId);
  return issueTokens(services, { userPool, client, user: enrolled });
}

async function setNewPassword(services, req) {
  const responses = req.ChallengeResponses ?? {};
  for (const name of ['USERNAME', 'NEW_PASSWORD']) {
    if (!responses[name]) throw invalidParameter(`Missing required parameter ${name}`);
  }
  const signIn = services.challengeSessions.find(req.Session, 'NEW_PASSWORD_REQUIRED');
  if (!signIn || signIn.clientId !== req.ClientId) throw invalidSession();
  const userPool = await services.cognito.getUserPoolForClientId(req.ClientId);
  const user = await userPool.getUserByUsername(responses.USERNAME);
  if (!user || user.Username !== signIn.username) throw invalidSession();
  assertPasswordMeetsPolicy(userPool.options.Policies?.PasswordPolicy, String(responses.NEW_PASSWORD));
  services.challengeSessions.close(req.Session);
  const confirmed = {
    ...user,
    Password: responses.NEW_PASSWORD,
    UserStatus: 'CONFIRMED',
    UserLastModifiedDate: services.clock.get(),
  };
  await userPool.saveUser(confirmed);
  const client = await services.cognito.getAppClient(req.ClientId);
  return completeSignIn(services, { userPool, client, user: confirmed });
}
