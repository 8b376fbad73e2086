/**
 * RespondToAuthChallenge. PASSWORD_VERIFIER (the second step of USER_SRP_AUTH, missing from cognito-local) is
 * answered here: real Cognito checks the client's SRP proof and signs the user in, or answers
 * NotAuthorizedException "Incorrect username or password." — also for an unknown user. A SECRET_BLOCK that is
 * unknown, used already or older than 3 minutes fails like an expired session.
 * Other challenges (NEW_PASSWORD_REQUIRED, MFA) stay cognito-local's, plus two fixes: a new password must meet
 * the pool policy, and the refresh token issued at the end is recorded so it can be used.
 */
import { Targets } from 'cognito-local/lib/targets/targets.js';
import { incorrectCredentials, invalidParameter, notAuthorized } from '../errors.js';
import { assertPasswordMeetsPolicy } from '../passwordPolicy.js';
import { completeSignIn } from '../signIn.js';
import { isValidPasswordClaim } from '../srp.js';

export const RespondToAuthChallenge = (services) => {
  const cognitoLocalRespond = Targets.RespondToAuthChallenge(services);
  return async (ctx, req) => {
    if (req.ChallengeName === 'PASSWORD_VERIFIER') return verifyPasswordClaim(ctx, services, req);

    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    if (req.ChallengeName === 'NEW_PASSWORD_REQUIRED') {
      assertPasswordMeetsPolicy(
        userPool.options.Policies?.PasswordPolicy,
        String(req.ChallengeResponses?.NEW_PASSWORD ?? ''),
      );
    }
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
    throw notAuthorized('Invalid session for the user, session is expired.');
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
