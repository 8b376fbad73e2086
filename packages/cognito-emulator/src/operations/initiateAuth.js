/**
 * InitiateAuth. Real Cognito, per flow:
 * - USER_PASSWORD_AUTH: a wrong password and an unknown user both give NotAuthorizedException "Incorrect
 *   username or password."
 * - USER_SRP_AUTH (Amplify's default): answers a PASSWORD_VERIFIER challenge with
 *   SALT, SRP_B, SECRET_BLOCK and USER_ID_FOR_SRP. An unknown user gets a normal-looking challenge that no
 *   proof can satisfy, so the failure is the same as a wrong password.
 * - REFRESH_TOKEN_AUTH: new access/ID tokens if the refresh token was issued to this client and not revoked.
 * A flow the app client does not allow (ExplicitAuthFlows) gives InvalidParameterException.
 */
import { randomUUID } from 'node:crypto';
import { incorrectCredentials, invalidParameter, UnsupportedError } from '../errors.js';
import { completeSignIn, refreshedTokens } from '../signIn.js';
import { parseClientPublic, passwordVerifier, serverEphemeral, toHex } from '../srp.js';

const REQUIRED_CLIENT_FLOW = {
  USER_PASSWORD_AUTH: 'ALLOW_USER_PASSWORD_AUTH',
  USER_SRP_AUTH: 'ALLOW_USER_SRP_AUTH',
  REFRESH_TOKEN_AUTH: 'ALLOW_REFRESH_TOKEN_AUTH',
  REFRESH_TOKEN: 'ALLOW_REFRESH_TOKEN_AUTH',
};

export const InitiateAuth = (services) => async (req) => {
  const userPool = await services.cognito.getUserPoolForClientId(req.ClientId);
  const client = await services.cognito.getAppClient(req.ClientId);
  const required = REQUIRED_CLIENT_FLOW[req.AuthFlow];
  if (!required) throw new UnsupportedError(`InitiateAuth with AuthFlow=${req.AuthFlow}`);
  // Clients made without ExplicitAuthFlows (e.g. by CreateUserPoolClient in a test) allow every flow.
  if (client.ExplicitAuthFlows?.length && !client.ExplicitAuthFlows.includes(required)) {
    throw invalidParameter(`${req.AuthFlow} flow not enabled for this client`);
  }
  const parameters = req.AuthParameters ?? {};
  if (req.AuthFlow !== 'REFRESH_TOKEN_AUTH' && req.AuthFlow !== 'REFRESH_TOKEN' && !parameters.USERNAME) {
    throw invalidParameter('Missing required parameter USERNAME');
  }

  if (req.AuthFlow === 'USER_PASSWORD_AUTH') {
    const user = await userPool.getUserByUsername(parameters.USERNAME);
    if (!user || user.Password !== parameters.PASSWORD) throw incorrectCredentials();
    return completeSignIn(services, { userPool, client, user });
  }

  if (req.AuthFlow === 'USER_SRP_AUTH') {
    const A = parseClientPublic(parameters.SRP_A);
    if (!A) throw invalidParameter('SRP_A is not a valid SRP public value.');
    const user = await userPool.getUserByUsername(parameters.USERNAME);
    const userId = user?.Username ?? randomUUID();
    const poolName = userPool.options.Id.split('_')[1];
    const { salt, verifier } = passwordVerifier({
      poolName,
      userId,
      // For an unknown user: a verifier for a random password, which no client can prove.
      password: user?.Password ?? randomUUID(),
    });
    const { b, B } = serverEphemeral(verifier);
    const secretBlock = services.srpChallenges.open({
      clientId: req.ClientId,
      username: user?.Username ?? null,
      userId,
      poolName,
      A,
      B,
      b,
      verifier,
    });
    return {
      ChallengeName: 'PASSWORD_VERIFIER',
      ChallengeParameters: {
        SALT: toHex(salt),
        SECRET_BLOCK: secretBlock,
        SRP_B: toHex(B),
        USERNAME: userId,
        USER_ID_FOR_SRP: userId,
      },
    };
  }

  if (!parameters.REFRESH_TOKEN) throw invalidParameter('Missing required parameter REFRESH_TOKEN');
  const tokens = await refreshedTokens(services, {
    clientId: req.ClientId,
    refreshToken: parameters.REFRESH_TOKEN,
  });
  return { ChallengeParameters: {}, AuthenticationResult: tokens };
};
