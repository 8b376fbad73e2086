/**
 * RespondToAuthChallenge. PASSWORD_VERIFIER (the second step of USER_SRP_AUTH, missing from cognito-local) is
 * answered here: real Cognito checks the client's SRP proof and signs the user in, or answers
 * NotAuthorizedException "Incorrect username or password." — also for an unknown user. A SECRET_BLOCK that is
 * unknown, used already or older than 3 minutes fails like an expired session.
 * SOFTWARE_TOKEN_MFA (cognito-local accepted any Session, reused codes and its own clock) is answered here too:
 * the Session from the challenge, the same user, and a TOTP code of the current step ±1 give tokens; a wrong
 * code is CodeMismatchException and the Session stays usable for another try; a code whose step was already
 * accepted is ExpiredCodeException; an unknown or expired Session is NotAuthorizedException.
 * MFA_SETUP (a pool requiring MFA, a user without an app; missing from cognito-local) is answered here: with the
 * Session VerifySoftwareToken returned, the same client and user, it issues tokens and leaves the verified token
 * on as the user's MFA; a Session whose token was not verified yet, unknown or expired is NotAuthorizedException.
 * NEW_PASSWORD_REQUIRED stays cognito-local's, plus two fixes: a new password must meet
 * the pool policy, and the refresh token issued at the end is recorded so it can be used.
 */
import { UnsupportedError } from 'cognito-local/lib/errors.js';
import { Targets } from 'cognito-local/lib/targets/targets.js';
import { incorrectCredentials, invalidParameter, invalidSession } from '../errors.js';
import { acceptSignInCode, withSoftwareTokenMfaOn } from '../mfa.js';
import { assertPasswordMeetsPolicy } from '../passwordPolicy.js';
import { completeSignIn, issueTokens, mfaSetupSignIn } from '../signIn.js';
import { isValidPasswordClaim } from '../srp.js';

export const RespondToAuthChallenge = (services) => {
  const cognitoLocalRespond = Targets.RespondToAuthChallenge(services);
  return async (ctx, req) => {
    if (req.ChallengeName === 'PASSWORD_VERIFIER') return verifyPasswordClaim(ctx, services, req);
    if (req.ChallengeName === 'SOFTWARE_TOKEN_MFA') return verifySoftwareTokenCode(ctx, services, req);
    if (req.ChallengeName === 'MFA_SETUP') return completeMfaSetup(ctx, services, req);
    if (req.ChallengeName !== 'NEW_PASSWORD_REQUIRED') {
      throw new UnsupportedError(`RespondToAuthChallenge with ChallengeName=${req.ChallengeName}`);
    }

    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    assertPasswordMeetsPolicy(
      userPool.options.Policies?.PasswordPolicy,
      String(req.ChallengeResponses?.NEW_PASSWORD ?? ''),
    );
    const response = await cognitoLocalRespond(ctx, req);
    const refreshToken = response.AuthenticationResult?.RefreshToken;
    if (refreshToken) {
      const user = await userPool.getUserByUsername(ctx, req.ChallengeResponses.USERNAME);
      await userPool.storeRefreshToken(ctx, refreshToken, user);
    }
    return response;
  };
};

async function verifyPasswordClaim(ctx, services, req) {
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

  const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
  const client = await services.cognito.getAppClient(ctx, req.ClientId);
  const user = await userPool.getUserByUsername(ctx, challenge.username);
  if (!user) throw incorrectCredentials();
  return completeSignIn(ctx, services, { userPool, client, user });
}

async function verifySoftwareTokenCode(ctx, services, req) {
  const responses = req.ChallengeResponses ?? {};
  for (const name of ['USERNAME', 'SOFTWARE_TOKEN_MFA_CODE']) {
    if (!responses[name]) throw invalidParameter(`Missing required parameter ${name}`);
  }
  const signIn = services.mfaSessions.find(req.Session, 'SOFTWARE_TOKEN_MFA');
  if (!signIn || signIn.clientId !== req.ClientId) throw invalidSession();
  const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
  const client = await services.cognito.getAppClient(ctx, req.ClientId);
  const user = await userPool.getUserByUsername(ctx, responses.USERNAME);
  // USERNAME may be the email or the USER_ID_FOR_SRP Amplify got back; either way it must be this sign-in's user.
  if (!user || user.Username !== signIn.username) throw invalidSession();
  const accepted = acceptSignInCode(user, responses.SOFTWARE_TOKEN_MFA_CODE, services.clock.get().getTime());
  services.mfaSessions.close(req.Session);
  await userPool.saveUser(ctx, accepted);
  return issueTokens(ctx, services, { userPool, client, user: accepted });
}

async function completeMfaSetup(ctx, services, req) {
  const username = req.ChallengeResponses?.USERNAME;
  if (!username) throw invalidParameter('Missing required parameter USERNAME');
  const { signIn, userPool, user } = await mfaSetupSignIn(ctx, services, req.Session);
  const sameUser = (await userPool.getUserByUsername(ctx, username))?.Username === user.Username;
  if (!signIn.tokenVerified || signIn.clientId !== req.ClientId || !sameUser) throw invalidSession();
  services.mfaSessions.close(req.Session);
  const enrolled = withSoftwareTokenMfaOn({ ...user, UserLastModifiedDate: services.clock.get() });
  await userPool.saveUser(ctx, enrolled);
  const client = await services.cognito.getAppClient(ctx, req.ClientId);
  return issueTokens(ctx, services, { userPool, client, user: enrolled });
}
