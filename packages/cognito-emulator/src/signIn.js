/**
 * What every successful proof of the password (USER_PASSWORD_AUTH or SRP) leads to, and what a valid refresh
 * token leads to — shared so both sign-in flows and both refresh operations answer identically.
 */
import { attributesToRecord } from './attributes.js';
import { invalidSession, notAuthorized, passwordResetRequired, userNotConfirmed } from './errors.js';
import { mfaSetupParameters, requiresMfaSetup, requiresSoftwareToken } from './mfa.js';
import { authenticateRefreshToken } from './sessions.js';

/**
 * The InitiateAuth/RespondToAuthChallenge answer once the password is proven: tokens, or the next challenge
 * (a new password; a TOTP code when the user turned software-token MFA on; or, when the pool requires MFA and
 * the user has no authenticator app yet, MFA_SETUP: enrolment by Session before any token is issued).
 */
export async function completeSignIn(services, { userPool, client, user }) {
  if (user.UserStatus === 'UNCONFIRMED') throw userNotConfirmed();
  if (!user.Enabled) throw notAuthorized('User is disabled.');
  if (user.UserStatus === 'RESET_REQUIRED') throw passwordResetRequired();
  if (user.UserStatus === 'FORCE_CHANGE_PASSWORD') {
    // An admin-created user signs in with the temporary password once, to choose their own.
    return {
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      ChallengeParameters: {
        USER_ID_FOR_SRP: user.Username,
        requiredAttributes: '[]',
        userAttributes: JSON.stringify(attributesToRecord(user.Attributes)),
      },
      Session: services.challengeSessions.open({
        clientId: client.ClientId,
        username: user.Username,
        challenge: 'NEW_PASSWORD_REQUIRED',
      }),
    };
  }
  if (requiresSoftwareToken(userPool, user)) {
    const friendlyName = user.SoftwareTokenMfaConfiguration.FriendlyDeviceName;
    return {
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      ChallengeParameters: {
        USER_ID_FOR_SRP: user.Username,
        ...(friendlyName ? { FRIENDLY_DEVICE_NAME: friendlyName } : {}),
      },
      Session: services.challengeSessions.open({
        clientId: client.ClientId,
        username: user.Username,
        challenge: 'SOFTWARE_TOKEN_MFA',
      }),
    };
  }
  if (requiresMfaSetup(userPool, user)) {
    return {
      ChallengeName: 'MFA_SETUP',
      ChallengeParameters: mfaSetupParameters(user),
      Session: services.challengeSessions.open({
        clientId: client.ClientId,
        username: user.Username,
        challenge: 'MFA_SETUP',
      }),
    };
  }
  return issueTokens(services, { userPool, client, user });
}

/** Tokens for a user who has passed every sign-in step; each sign-in adds a refresh token. */
export async function issueTokens(services, { userPool, client, user }) {
  const tokens = services.tokens.generate({ user, client });
  // Dropping expired ones keeps the user record from growing forever.
  const nowSeconds = services.clock.get().getTime() / 1000;
  const unexpired = (user.RefreshTokens ?? []).filter(
    (token) => (services.signingKey.verifiedClaims(token)?.exp ?? 0) > nowSeconds,
  );
  await userPool.storeRefreshToken(tokens.RefreshToken, { ...user, RefreshTokens: unexpired });
  return { ChallengeParameters: {}, AuthenticationResult: tokens };
}

/** New access and ID tokens for a refresh token issued to `clientId` (no new refresh token: no rotation). */
export async function refreshedTokens(services, { clientId, refreshToken }) {
  const userPool = await services.cognito.getUserPoolForClientId(clientId);
  const client = await services.cognito.getAppClient(clientId);
  const { user, refreshClaims } = await authenticateRefreshToken(services, userPool, {
    refreshToken,
    clientId,
  });
  return services.tokens.refresh({ user, client, refreshClaims });
}

/**
 * The sign-in an MFA_SETUP Session belongs to, with its pool and user: what AssociateSoftwareToken,
 * VerifySoftwareToken and RespondToAuthChallenge act on when called with a Session instead of an access token.
 * An unknown or expired Session, or a user gone since, is NotAuthorizedException (the expired-session answer).
 */
export async function mfaSetupSignIn(services, session) {
  const signIn = services.challengeSessions.find(session, 'MFA_SETUP');
  if (!signIn) throw invalidSession();
  const userPool = await services.cognito.getUserPoolForClientId(signIn.clientId);
  const user = await userPool.getUserByUsername(signIn.username);
  if (!user) throw invalidSession();
  return { signIn, userPool, user };
}
