/**
 * The operation table: cognito-local's handlers, with ours replacing or adding the ones the app needs to behave
 * like real Cognito. Same contract as cognito-local's Router, which its HTTP server calls per request.
 */
import { UnsupportedError } from 'cognito-local/lib/errors.js';
import { Targets } from 'cognito-local/lib/targets/targets.js';
import { AdminConfirmSignUp } from './operations/adminConfirmSignUp.js';
import { AdminSetUserPassword } from './operations/adminSetUserPassword.js';
import { AssociateSoftwareToken } from './operations/associateSoftwareToken.js';
import { ChangePassword } from './operations/changePassword.js';
import { ConfirmForgotPassword } from './operations/confirmForgotPassword.js';
import { ConfirmSignUp } from './operations/confirmSignUp.js';
import { ForgotPassword } from './operations/forgotPassword.js';
import { GetTokensFromRefreshToken } from './operations/getTokensFromRefreshToken.js';
import { GlobalSignOut } from './operations/globalSignOut.js';
import { InitiateAuth } from './operations/initiateAuth.js';
import { ResendConfirmationCode } from './operations/resendConfirmationCode.js';
import { RespondToAuthChallenge } from './operations/respondToAuthChallenge.js';
import { AdminSetUserMFAPreference, SetUserMFAPreference } from './operations/setUserMFAPreference.js';
import { SignUp } from './operations/signUp.js';
import { GetUserPoolMfaConfig, SetUserPoolMfaConfig } from './operations/userPoolMfaConfig.js';
import { VerifySoftwareToken } from './operations/verifySoftwareToken.js';
import { withLiveAccessToken } from './operations/withLiveAccessToken.js';

const OPERATIONS = {
  ...Targets,
  AdminConfirmSignUp,
  AdminSetUserMFAPreference,
  AdminSetUserPassword,
  AssociateSoftwareToken,
  ChangePassword,
  ConfirmForgotPassword,
  ConfirmSignUp,
  ForgotPassword,
  GetTokensFromRefreshToken,
  GetUserPoolMfaConfig,
  GlobalSignOut,
  InitiateAuth,
  ResendConfirmationCode,
  RespondToAuthChallenge,
  SetUserMFAPreference,
  SetUserPoolMfaConfig,
  SignUp,
  VerifySoftwareToken,
  DeleteUser: withLiveAccessToken(Targets.DeleteUser),
  DeleteUserAttributes: withLiveAccessToken(Targets.DeleteUserAttributes),
  GetUser: withLiveAccessToken(Targets.GetUser),
  GetUserAttributeVerificationCode: withLiveAccessToken(Targets.GetUserAttributeVerificationCode),
  UpdateUserAttributes: withLiveAccessToken(Targets.UpdateUserAttributes),
  VerifyUserAttribute: withLiveAccessToken(Targets.VerifyUserAttribute),
};

/** @returns {(operation: string) => (ctx: { logger: any }, request: any) => Promise<unknown>} */
export function createRouter(services) {
  const handlers = new Map();
  return (operation) => {
    if (!Object.hasOwn(OPERATIONS, operation)) {
      return () => Promise.reject(new UnsupportedError(`Unsupported x-amz-target header "${operation}"`));
    }
    if (!handlers.has(operation)) handlers.set(operation, OPERATIONS[operation](services));
    const handle = handlers.get(operation);
    return (ctx, request) =>
      handle({ ...ctx, logger: ctx.logger.child({ target: operation }) }, request ?? {});
  };
}
