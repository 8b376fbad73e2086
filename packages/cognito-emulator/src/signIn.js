/**
 * What every successful proof of the password (USER_PASSWORD_AUTH or SRP) leads to, and what a valid refresh
 * token leads to — shared so both sign-in flows and both refresh operations answer identically.
 */
import { randomUUID } from 'node:crypto';
import { attributesToRecord } from 'cognito-local/lib/services/userPoolService.js';
import { invalidSession, notAuthorized, passwordResetRequired, userNotConfirmed } from './errors.js';
import { verifiedClaims } from './jwt.js';
import { mfaSetupParameters, requiresMfaSetup, requiresSoftwareToken } from './mfa.js';
import { authenticateRefreshToken } from './sessions.js';

/**
 * The InitiateAuth/RespondToAuthChallenge answer once the password is proven: tokens, or the next challenge
 * (a new password; a TOTP code when the user turned software-token MFA on; or, when the pool requires MFA and
 * the user has no authenticator app yet, MFA_SETUP: enrolment by Session before any token is issued).
 */
export async function completeSignIn(ctx, services, { userPool, client, user }) {
  if (user.UserStatus === 'UNCONFIRMED') throw userNotConfirmed();
  if (!user.Enabled) throw notAuthorized('User is disabled.');
  if (user.UserStatus === 'RESET_REQUIRED') throw passwordResetRequired();
  if (user.UserStatus === 'FORCE_CHANGE_PASSWORD') {
    // Answered by cognito-local's RespondToAuthChallenge (NEW_PASSWORD_REQUIRED), which needs only a Session.
    return {
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      ChallengeParameters: {
        USER_ID_FOR_SRP: user.Username,
        requiredAttributes: '[]',
        userAttributes: JSON.stringify(attributesToRecord(user.Attributes)),
      },
      Session: randomUUID(),
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
      Session: services.mfaSessions.open({
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
      Session: services.mfaSessions.open({
        clientId: client.ClientId,
        username: user.Username,
        challenge: 'MFA_SETUP',
      }),
    };
  }
  return issueTokens(ctx, services, { userPool, client, user });
}

/** Tokens for a user who has passed every sign-in step; each sign-in adds a refresh token. */
export async function issueTokens(ctx, services, { userPool, client, user }) {
  const groups = await userPool.listUserGroupMembership(ctx, user);
  const tokens = await services.tokenGenerator.generate(ctx, user, groups, client);
  // Dropping expired ones keeps the user record from growing forever.
  const nowSeconds = services.clock.get().getTime() / 1000;
  const unexpired = (user.RefreshTokens ?? []).filter(
    (token) => (verifiedClaims(token)?.exp ?? 0) > nowSeconds,
  );
  await userPool.storeRefreshToken(ctx, tokens.RefreshToken, { ...user, RefreshTokens: unexpired });
  return { ChallengeParameters: {}, AuthenticationResult: tokens };
}

/** New access and ID tokens for a refresh token issued to `clientId` (no new refresh token: no rotation). */
export async function refreshedTokens(ctx, services, { clientId, refreshToken }) {
  const userPool = await services.cognito.getUserPoolForClientId(ctx, clientId);
  const client = await services.cognito.getAppClient(ctx, clientId);
  const { user, refreshClaims } = await authenticateRefreshToken(ctx, services, userPool, {
    refreshToken,
    clientId,
  });
  const groups = await userPool.listUserGroupMembership(ctx, user);
  return services.tokenGenerator.refresh({ user, groups, client, refreshClaims });
}

/**
 * The sign-in an MFA_SETUP Session belongs to, with its pool and user: what AssociateSoftwareToken,
 * VerifySoftwareToken and RespondToAuthChallenge act on when called with a Session instead of an access token.
 * An unknown or expired Session, or a user gone since, is NotAuthorizedException (the expired-session answer).
 */
export async function mfaSetupSignIn(ctx, services, session) {
  const signIn = services.mfaSessions.find(session, 'MFA_SETUP');
  if (!signIn) throw invalidSession();
  const userPool = await services.cognito.getUserPoolForClientId(ctx, signIn.clientId);
  const user = await userPool.getUserByUsername(ctx, signIn.username);
  if (!user) throw invalidSession();
  return { signIn, userPool, user };
}
