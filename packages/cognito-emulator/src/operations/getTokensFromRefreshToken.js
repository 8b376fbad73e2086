/**
 * GetTokensFromRefreshToken: Amplify >= 6.14 refreshes sessions only through it. Real Cognito: new access and ID tokens for a
 * refresh token issued to this app client; NotAuthorizedException when it is invalid, expired or revoked
 * (RevokeToken, GlobalSignOut) or the user is gone or disabled. No new refresh token: rotation is off.
 */
import { refreshedTokens } from '../signIn.js';

export const GetTokensFromRefreshToken = (services) => async (req) => ({
  AuthenticationResult: await refreshedTokens(services, {
    clientId: req.ClientId,
    refreshToken: req.RefreshToken,
  }),
});
