/**
 * Turns Amplify/Cognito errors into messages for people (in their language: `t` is the `authErrors` messages),
 * attached to the form field they concern. Cognito reports problems by exception name; the names are the same
 * from AWS and from the local emulator. Cognito's own wording (a parameter or password-policy detail) is passed
 * on as Cognito sends it, in English.
 */
import type { Translate } from '@/i18n/translate';

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

export function describeAuthError(error: unknown, step: AuthStep, t: Translate): AuthProblem {
  const name = errorName(error);
  if (step === 'turnOffTwoStep') {
    // The password was right, but the user pool requires a second factor (MfaConfiguration ON).
    if (name === 'InvalidParameterException')
      return {
        message: t('twoStepRequired'),
      };
    return describeAuthError(error, 'confirmPassword', t);
  }
  if (step === 'signInTotp' || step === 'setUpTotp') {
    const problem = describeTotpError(name, step, t);
    if (problem) return problem;
  }
  switch (name) {
    case 'UsernameExistsException':
      return { field: 'email', message: t('emailTaken') };
    case 'InvalidPasswordException':
      // The emulator reports a wrong password at sign-in this way; AWS uses NotAuthorizedException.
      if (step === 'signIn') return { message: t('wrongCredentials') };
      return { field: 'password', message: passwordPolicyMessage(errorMessage(error), t) };
    case 'NotAuthorizedException':
    case 'UserNotFoundException':
      // One message for both, so the form does not reveal which emails have accounts.
      if (step === 'signIn') return { message: t('wrongCredentials') };
      if (step === 'changePassword') return { field: 'currentPassword', message: t('notCurrentPassword') };
      if (step === 'confirmPassword') return { field: 'password', message: t('notYourPassword') };
      if (step === 'confirmSignUp') return { message: t('alreadyConfirmed') };
      return { message: t('noAccount') };
    case 'CodeMismatchException':
      return { field: 'code', message: t('wrongCode') };
    case 'ExpiredCodeException':
      return { field: 'code', message: t('expiredCode') };
    case 'LimitExceededException':
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
      return { message: t('tooMany') };
    case 'InvalidParameterException':
      return { message: errorMessage(error) || t('invalidDetails') };
    case 'NetworkError':
      return { message: t('network') };
    case 'EmptySignInUsername':
    case 'EmptySignUpUsername':
      return { field: 'email', message: t('enterEmail') };
    case 'EmptySignInPassword':
    case 'EmptySignUpPassword':
      return { field: 'password', message: t('enterPassword') };
    default:
      return { message: t('unknown') };
  }
}

/** Authenticator-app codes fail differently from emailed ones: they change every 30 s and work only once. */
function describeTotpError(
  name: string,
  step: 'signInTotp' | 'setUpTotp',
  t: Translate,
): AuthProblem | undefined {
  switch (name) {
    case 'CodeMismatchException':
    case 'EnableSoftwareTokenMFAException':
      return { field: 'code', message: t('wrongTotp') };
    case 'ExpiredCodeException':
      return { field: 'code', message: t('usedTotp') };
    case 'NotAuthorizedException':
      // At sign-in: Cognito's session for the code step lasts 3 minutes.
      return step === 'signInTotp' ? { restart: true, message: t('tooSlow') } : undefined;
    default:
      return undefined;
  }
}

function passwordPolicyMessage(cognitoMessage: string, t: Translate): string {
  const detail = cognitoMessage
    .replace(/^Password did not conform with policy:\s*/i, '')
    .trim()
    .replace(/\.$/, '');
  return detail ? t('weakPasswordBecause', { detail: lowerFirst(detail) }) : t('weakPassword');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
