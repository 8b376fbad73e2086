/**
 * The operation table: every Cognito operation SpendWise, its tests and its deploy scripts call. Anything else
 * is answered as unsupported (HTTP 500 naming it) rather than with a plausible wrong answer.
 */
import { AdminConfirmSignUp } from './operations/adminConfirmSignUp.js';
import {
  AdminCreateUser,
  AdminDeleteUser,
  AdminGetUser,
  AdminSetUserPassword,
} from './operations/adminUsers.js';
import { AssociateSoftwareToken } from './operations/associateSoftwareToken.js';
import { ChangePassword } from './operations/changePassword.js';
import { ConfirmForgotPassword } from './operations/confirmForgotPassword.js';
import { ConfirmSignUp } from './operations/confirmSignUp.js';
import { DeleteUser, GetUser } from './operations/currentUser.js';
import { ForgotPassword } from './operations/forgotPassword.js';
import { GetTokensFromRefreshToken } from './operations/getTokensFromRefreshToken.js';
import { GlobalSignOut } from './operations/globalSignOut.js';
import { InitiateAuth } from './operations/initiateAuth.js';
import {
  CreateUserPoolClient,
  DescribeUserPool,
  DescribeUserPoolClient,
  ListUserPoolClients,
} from './operations/poolSettings.js';
import { ResendConfirmationCode } from './operations/resendConfirmationCode.js';
import { RespondToAuthChallenge } from './operations/respondToAuthChallenge.js';
import { RevokeToken } from './operations/revokeToken.js';
import { AdminSetUserMFAPreference, SetUserMFAPreference } from './operations/setUserMFAPreference.js';
import { SignUp } from './operations/signUp.js';
import { GetUserPoolMfaConfig, SetUserPoolMfaConfig } from './operations/userPoolMfaConfig.js';
import { VerifySoftwareToken } from './operations/verifySoftwareToken.js';

const OPERATIONS = {
  AdminConfirmSignUp,
  AdminCreateUser,
  AdminDeleteUser,
  AdminGetUser,
  AdminSetUserMFAPreference,
  AdminSetUserPassword,
  AssociateSoftwareToken,
  ChangePassword,
  ConfirmForgotPassword,
  ConfirmSignUp,
  CreateUserPoolClient,
  DeleteUser,
  DescribeUserPool,
  DescribeUserPoolClient,
  ForgotPassword,
  GetTokensFromRefreshToken,
  GetUser,
  GetUserPoolMfaConfig,
  GlobalSignOut,
  InitiateAuth,
  ListUserPoolClients,
  ResendConfirmationCode,
  RespondToAuthChallenge,
  RevokeToken,
  SetUserMFAPreference,
  SetUserPoolMfaConfig,
  SignUp,
  VerifySoftwareToken,
};

/** @returns {(operation: string) => ((request: Record<string, any>) => Promise<unknown>) | null} */
export function createRouter(services) {
  const handlers = new Map();
  return (operation) => {
    if (!Object.hasOwn(OPERATIONS, operation)) return null;
    if (!handlers.has(operation)) handlers.set(operation, OPERATIONS[operation](services));
    return handlers.get(operation);
  };
}
