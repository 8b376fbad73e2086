/**
 * GetTokensFromRefreshToken (missing from cognito-local). Amplify >= 6.14 refreshes sessions only through it,
 * so without it every local session died at its first refresh. Real Cognito: new access and ID tokens for a
 * refresh token issued to this app client; NotAuthorizedException when it is invalid, expired or revoked
 * (RevokeToken, GlobalSignOut) or the user is gone or disabled. No new refresh token: rotation is off.
 */
import { refreshedTokens } from '../signIn.js';

export const GetTokensFromRefreshToken = (services) => async (ctx, req) => ({
  AuthenticationResult: await refreshedTokens(ctx, services, {
    clientId: req.ClientId,
    refreshToken: req.RefreshToken,
  }),
});
