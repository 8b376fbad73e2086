'use client';
/**
 * The account journeys on top of Amplify Auth. Each returns where the person should go next, so pages stay
 * about presentation. Every sign-in uses the configured flow (SRP against AWS).
 */
import {
  autoSignIn,
  confirmResetPassword,
  confirmSignIn,
  confirmSignUp,
  resendSignUpCode,
  resetPassword,
  signIn,
  signUp,
  type SetUpTOTPOutput,
} from 'aws-amplify/auth';
import '@/lib/amplify/configure-client';
import { authFlowType } from '@/lib/amplify/config';
import { errorName } from './cognito-errors';

export async function registerAccount(email: string, password: string): Promise<void> {
  await signUp({
    username: email,
    password,
    options: {
      userAttributes: { email },
      // Lets the confirmation page sign the person in right after the code, without asking again.
      autoSignIn: { authFlowType },
    },
  });
}

export type ConfirmOutcome = 'signed-in' | 'confirmed';

/**
 * Confirms the emailed code. When this browser tab started the sign-up, Amplify still holds the password and
 * signs the person in ('signed-in'); after a reload it cannot, and the person signs in themselves ('confirmed').
 */
export async function confirmAccount(email: string, code: string): Promise<ConfirmOutcome> {
  const { nextStep } = await confirmSignUp({ username: email, confirmationCode: code });
  if (nextStep.signUpStep !== 'COMPLETE_AUTO_SIGN_IN') return 'confirmed';
  try {
    const { isSignedIn } = await autoSignIn();
    return isSignedIn ? 'signed-in' : 'confirmed';
  } catch {
    return 'confirmed';
  }
}

export async function resendConfirmationCode(email: string): Promise<void> {
  await resendSignUpCode({ username: email });
}

export type SignInOutcome =
  | { next: 'signed-in' | 'needs-confirmation' | 'needs-totp' }
  | { next: 'needs-totp-setup'; totpSetup: SetUpTOTPOutput };

export async function signInWithPassword(email: string, password: string): Promise<SignInOutcome> {
  try {
    const { isSignedIn, nextStep } = await signIn({ username: email, password, options: { authFlowType } });
    if (nextStep.signInStep === 'CONFIRM_SIGN_UP') {
      await resendSignUpCode({ username: email });
      return { next: 'needs-confirmation' };
    }
    // Two-step verification is on: Cognito proved the password and now wants the authenticator app's code.
    if (nextStep.signInStep === 'CONFIRM_SIGN_IN_WITH_TOTP_CODE') return { next: 'needs-totp' };
    // The pool requires two-step verification and this person has no app yet (Cognito's MFA_SETUP): Amplify has
    // already fetched a key with the sign-in's session; the person adds it to an app before any token exists.
    if (nextStep.signInStep === 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP')
      return { next: 'needs-totp-setup', totpSetup: nextStep.totpSetupDetails };
    if (!isSignedIn)
      throw Object.assign(new Error(`Unsupported sign-in step ${nextStep.signInStep}`), {
        name: 'UnsupportedStep',
      });
    return { next: 'signed-in' };
  } catch (error) {
    // A session left over in this browser is as good as a fresh sign-in.
    if (errorName(error) === 'UserAlreadyAuthenticatedException') return { next: 'signed-in' };
    if (errorName(error) === 'UserNotConfirmedException') {
      await resendSignUpCode({ username: email });
      return { next: 'needs-confirmation' };
    }
    throw error;
  }
}

/**
 * The second sign-in step: the code from the authenticator app, answered within Cognito's 3-minute session. The
 * same call finishes a set-up at sign-in (Amplify then verifies the new app's code and completes MFA_SETUP).
 */
export async function confirmSignInWithTotp(code: string): Promise<void> {
  const { isSignedIn, nextStep } = await confirmSignIn({ challengeResponse: code });
  if (!isSignedIn)
    throw Object.assign(new Error(`Unsupported sign-in step ${nextStep.signInStep}`), {
      name: 'UnsupportedStep',
    });
}

export async function requestPasswordReset(email: string): Promise<void> {
  await resetPassword({ username: email });
}

export async function completePasswordReset(email: string, code: string, newPassword: string): Promise<void> {
  await confirmResetPassword({ username: email, confirmationCode: code, newPassword });
}
