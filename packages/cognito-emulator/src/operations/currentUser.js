/**
 * The operations a signed-in person calls with their own access token: GetUser (Amplify's fetchUserAttributes,
 * the API's session check) and DeleteUser (closing the account). As in Cognito, the token must be one this pool
 * issued, unexpired, of an existing and enabled user, from a session not ended by GlobalSignOut or RevokeToken;
 * otherwise NotAuthorizedException.
 */
import { authenticateAccessToken } from '../sessions.js';

export const GetUser = (services) => async (req) => {
  const { user } = await authenticateAccessToken(services, req.AccessToken);
  return {
    Username: user.Username,
    UserAttributes: user.Attributes,
    // Unset (left out of the answer) when the user has no MFA on, as in Cognito; see mfa.js.
    UserMFASettingList: user.UserMFASettingList,
    PreferredMfaSetting: user.PreferredMfaSetting,
  };
};

/** Afterwards no token of theirs refreshes and GetUser refuses their access tokens: every session ends. */
export const DeleteUser = (services) => async (req) => {
  const { user, userPool } = await authenticateAccessToken(services, req.AccessToken);
  await userPool.deleteUser(user);
  return {};
};
