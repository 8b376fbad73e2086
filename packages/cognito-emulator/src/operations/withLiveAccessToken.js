/**
 * Wraps a cognito-local operation that takes an AccessToken (GetUser, UpdateUserAttributes, DeleteUser…) so it
 * first checks the token as real Cognito does: signed by this emulator, an access token, unexpired, of an
 * existing and enabled user, from a session not ended by GlobalSignOut/RevokeToken. cognito-local only decoded it.
 */
import { authenticateAccessToken } from '../sessions.js';

export const withLiveAccessToken = (operation) => (services) => {
  const run = operation(services);
  return async (ctx, req) => {
    if (req.AccessToken !== undefined) await authenticateAccessToken(ctx, services, req.AccessToken);
    return run(ctx, req);
  };
};
