/**
 * ChangePassword. Real Cognito: needs a live access token; a wrong previous password
 * gives NotAuthorizedException "Incorrect username or password.";
 * the new password must meet the pool policy (InvalidPasswordException).
 */
import { incorrectCredentials } from '../errors.js';
import { assertPasswordMeetsPolicy } from '../passwordPolicy.js';
import { authenticateAccessToken } from '../sessions.js';

export const ChangePassword = (services) => async (req) => {
  const { user, userPool } = await authenticateAccessToken(services, req.AccessToken);
  if (user.Password !== req.PreviousPassword) throw incorrectCredentials();
  assertPasswordMeetsPolicy(userPool.options.Policies?.PasswordPolicy, String(req.ProposedPassword ?? ''));
  await userPool.saveUser({
    ...user,
    Password: req.ProposedPassword,
    UserLastModifiedDate: services.clock.get(),
  });
  return {};
};
