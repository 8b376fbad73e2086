/**
 * Checks the tokens clients present back to Cognito, the way Cognito does: refresh tokens (to get new tokens)
 * and access tokens (GetUser, ChangePassword, GlobalSignOut…): a tampered, expired or signed-out token fails.
 */
import { invalidParameter, notAuthorized } from './errors.js';

/** The sessions (`origin_jti`) the user can still refresh: those whose refresh token is not revoked. */
function liveSessions(services, user) {
  return new Set(
    (user.RefreshTokens ?? [])
      .map((token) => services.signingKey.verifiedClaims(token)?.origin_jti)
      .filter(Boolean),
  );
}

const nowSeconds = (services) => Math.floor(services.clock.get().getTime() / 1000);

/**
 * @returns {Promise<{ user: any, refreshClaims: Record<string, any> }>}
 */
export async function authenticateRefreshToken(services, userPool, { refreshToken, clientId }) {
  const claims = services.signingKey.verifiedClaims(refreshToken);
  // Cognito refresh tokens only work with the app client they were issued to.
  if (claims?.token_use !== 'refresh' || claims.client_id !== clientId)
    throw notAuthorized('Invalid Refresh Token');
  if (claims.exp <= nowSeconds(services)) throw notAuthorized('Refresh Token has expired');
  const user = await userPool.getUserByUsername(claims.username);
  if (!user) throw notAuthorized('User does not exist.');
  if (!(user.RefreshTokens ?? []).includes(refreshToken))
    throw notAuthorized('Refresh Token has been revoked');
  if (!user.Enabled) throw notAuthorized('User is disabled.');
  return { user, refreshClaims: claims };
}

/**
 * @returns {Promise<{ user: any, userPool: any, claims: Record<string, any> }>}
 */
export async function authenticateAccessToken(services, accessToken) {
  if (accessToken === undefined || accessToken === null) {
    throw invalidParameter('Missing required parameter AccessToken');
  }
  const claims = services.signingKey.verifiedClaims(accessToken);
  if (claims?.token_use !== 'access') throw notAuthorized('Invalid Access Token');
  if (claims.exp <= nowSeconds(services)) throw notAuthorized('Access Token has expired');
  const userPool = await services.cognito.getUserPoolForClientId(claims.client_id);
  const user = await userPool.getUserByUsername(claims.username);
  if (!user) throw notAuthorized('User does not exist.');
  if (!liveSessions(services, user).has(claims.origin_jti))
    throw notAuthorized('Access Token has been revoked');
  if (!user.Enabled) throw notAuthorized('User is disabled.');
  return { user, userPool, claims };
}
