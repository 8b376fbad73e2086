/**
 * AdminSetUserPassword: cognito-local's, after the check real Cognito makes first — the password must meet the
 * pool policy (InvalidPasswordException).
 */
import { Targets } from 'cognito-local/lib/targets/targets.js';
import { assertPasswordMeetsPolicy } from '../passwordPolicy.js';

export const AdminSetUserPassword = (services) => {
  const cognitoLocalSetPassword = Targets.AdminSetUserPassword(services);
  return async (ctx, req) => {
    const userPool = await services.cognito.getUserPool(ctx, req.UserPoolId);
    assertPasswordMeetsPolicy(userPool.options.Policies?.PasswordPolicy, String(req.Password ?? ''));
    return cognitoLocalSetPassword(ctx, req);
  };
};
