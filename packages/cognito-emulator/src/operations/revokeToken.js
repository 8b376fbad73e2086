/**
 * RevokeToken (Amplify's `signOut()`): ends the one session a refresh token belongs to; its access tokens stop
 * working at Cognito (GetUser…) while the user's other sessions go on. As in Cognito: a token that is not one of
 * this pool's refresh tokens is UnsupportedTokenTypeException, one issued to another app client is
 * UnauthorizedException, and revoking a token twice succeeds.
 */
import { CognitoError, invalidParameter } from '../errors.js';

export const RevokeToken = (services) => async (req) => {
  if (!req.Token) throw invalidParameter('Missing required parameter Token');
  const userPool = services.cognito.getUserPoolForClientId(req.ClientId);
  const claims = services.signingKey.verifiedClaims(req.Token);
  if (claims?.token_use !== 'refresh') {
    throw new CognitoError('UnsupportedTokenTypeException', 'Unsupported token type');
  }
  if (claims.client_id !== req.ClientId) {
    throw new CognitoError('UnauthorizedException', 'Client is not authorized to revoke this token');
  }
  const user = userPool.getUserByUsername(claims.username);
  const tokens = user?.RefreshTokens ?? [];
  if (user && tokens.includes(req.Token)) {
    await userPool.saveUser({ ...user, RefreshTokens: tokens.filter((token) => token !== req.Token) });
  }
  return {};
};
