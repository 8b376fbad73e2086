/**
 * GlobalSignOut (Amplify's `signOut({ global: true })`). Real Cognito revokes all of
 * the user's refresh tokens, and the access tokens of those sessions stop working at Cognito (GetUser…).
 * A JWT verifier such as the API's cannot see revocation: those access tokens stay valid there until they expire,
 * in AWS as here.
 */
import { authenticateAccessToken } from '../sessions.js';

export const GlobalSignOut = (services) => async (req) => {
  const { user, userPool } = await authenticateAccessToken(services, req.AccessToken);
  await userPool.saveUser({ ...user, RefreshTokens: [], UserLastModifiedDate: services.clock.get() });
  return {};
};
