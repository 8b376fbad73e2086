/**
 * Turns Amplify/Cognito errors into messages for people, attached to the form field they concern.
 * Cognito reports problems by exception name; the names are the same from AWS and from the local emulator.
 */

export type AuthStep =
  | 'signUp'
  | 'confirmSignUp'
  | 'resendCode'
  | 'signIn'
  | 'resetPassword'
  | 'confirmResetPassword'
  | 'changePassword'
  | 'signInTotp'
  | 'setUpTotp'
  | 'confirmPassword'
  | 'turnOffTwoStep';

export interface AuthProblem {
  field?: 'email' | 'password' | 'code' | 'currentPassword';
  /** The sign-in must start again from the email and password (its 3-minute session ended). */
  restart?: boolean;
  message: string;
}

export function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string')
    return error.name;
  return 'UnknownError';
}

function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') {
    return error.message;
  }
  return '';
}

export function describeAuthError(error: unknown, step: AuthStep): AuthProblem {
  const name = errorName(error);
  if (step === 'turnOffTwoStep') {
    // The password was right, but the user pool requires a second factor (MfaConfiguration ON).
    if (name === 'InvalidParameterException')
      return {
        message: 'Two-step verification is required for SpendWise accounts, so it cannot be turned off.',
      };
    return describeAuthError(error, 'confirmPassword');
  }
  if (step === 'signInTotp' || step === 'setUpTotp') {
    const problem = describeTotpError(name, step);
    if (problem) return problem;
  }
  switch (name) {
    case 'UsernameExistsException':
      return { field: 'email', message: 'An account with this email already exists. Sign in instead.' };
    case 'InvalidPasswordException':
      // The emulator reports a wrong password at sign-in this way; AWS uses NotAuthorizedException.
      if (step === 'signIn') return { message: 'Incorrect email or password.' };
      return { field: 'password', message: passwordPolicyMessage(errorMessage(error)) };
    case 'NotAuthorizedException':
    case 'UserNotFoundException':
      // One message for both, so the form does not reveal which emails have accounts.
      if (step === 'signIn') return { message: 'Incorrect email or password.' };
      if (step === 'changePassword')
        return { field: 'currentPassword', message: 'That is not your current password.' };
      if (step === 'confirmPassword') return { field: 'password', message: 'That is not your password.' };
      if (step === 'confirmSignUp') return { message: 'This account is already confirmed. Sign in instead.' };
      return { message: 'We could not find an account for that email.' };
    case 'CodeMismatchException':
      return { field: 'code', message: 'That code is not right. Check the email we sent and try again.' };
    case 'ExpiredCodeException':
      return { field: 'code', message: 'That code has expired. Send a new code and enter the new one.' };
    case 'LimitExceededException':
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
      return { message: 'Too many attempts. Please wait a few minutes and try again.' };
    case 'InvalidParameterException':
      return { message: errorMessage(error) || 'Some details are not valid. Check them and try again.' };
    case 'NetworkError':
      return { message: 'We can’t reach the sign-in service. Check your connection and try again.' };
    case 'EmptySignInUsername':
    case 'EmptySignUpUsername':
      return { field: 'email', message: 'Enter your email address.' };
    case 'EmptySignInPassword':
    case 'EmptySignUpPassword':
      return { field: 'password', message: 'Enter your password.' };
    default:
      return { message: 'Something went wrong. Please try again.' };
  }
}

const WRONG_TOTP = 'That code is not right. Enter the 6-digit code your authenticator app shows now.';

/** Authenticator-app codes fail differently from emailed ones: they change every 30 s and work only once. */
function describeTotpError(name: string, step: 'signInTotp' | 'setUpTotp'): AuthProblem | undefined {
  switch (name) {
    case 'CodeMismatchException':
    case 'EnableSoftwareTokenMFAException':
      return { field: 'code', message: WRONG_TOTP };
    case 'ExpiredCodeException':
      return { field: 'code', message: 'That code was already used. Wait for the next code and enter it.' };
    case 'NotAuthorizedException':
      // At sign-in: Cognito's session for the code step lasts 3 minutes.
      return step === 'signInTotp'
        ? { restart: true, message: 'That took too long. Sign in again with your email and password.' }
        : undefined;
    default:
      return undefined;
  }
}

function passwordPolicyMessage(cognitoMessage: string): string {
  const detail = cognitoMessage.replace(/^Password did not conform with policy:\s*/i, '').trim();
  return detail
    ? `This password is too weak: ${lowerFirst(detail)}.`.replace(/\.\.$/, '.')
    : 'This password is too weak.';
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
