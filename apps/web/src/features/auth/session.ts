'use client';
/**
 * Signing out, kept apart from the sign-in journeys (actions.ts) so that signed-in pages do not load the
 * SRP and sign-up code they never use.
 */
import { signOut, updatePassword } from 'aws-amplify/auth';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import '@/lib/amplify/configure-client';
import { forgetOfflineCopies } from '@/lib/offline/shell';

/** Revokes the refresh token and clears the session cookies (cleared even when Cognito cannot be reached). */
export async function signOutOfThisDevice(): Promise<void> {
  await forgetOfflineCopies();
  await signOut();
}

/**
 * GlobalSignOut: Cognito revokes every refresh token of the person (every browser and device), then this
 * browser's cookies are cleared. Other devices are signed out at their next token refresh (Cognito refuses it)
 * and by the API at its next session check (GetUser refuses their access tokens).
 */
export async function signOutEverywhere(): Promise<void> {
  await forgetOfflineCopies();
  await signOut({ global: true });
}

/**
 * The Cognito user (`sub`) whose session this browser holds, read from the stored tokens without refreshing them:
 * it answers offline too, where fetchAuthSession throws once the access token has expired (the refresh cannot
 * reach Cognito; Amplify keeps the tokens for a later try). Null when no one is signed in here. Whether the
 * session is still valid is for Cognito and the API to say once the connection is back.
 */
export async function storedSessionUser(): Promise<string | null> {
  try {
    const tokens = await cognitoUserPoolsTokenProvider.authTokenStore.loadTokens();
    const sub = tokens?.accessToken.payload.sub;
    return typeof sub === 'string' ? sub : null;
  } catch {
    return null;
  }
}

/** ChangePassword with the current password (Cognito checks it and the pool's policy). */
export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  await updatePassword({ oldPassword: currentPassword, newPassword });
}

/**
 * Proves that the signed-in person knows their password, without starting a new session: ChangePassword from the
 * password to itself. Cognito checks the previous password against the access token's user (NotAuthorizedException
 * when wrong, LimitExceededException after repeated failures — its own brute-force protection) and accepts the
 * same password as the new one while the pool keeps no password history (no `password_history_size` in
 * infrastructure/modules/cognito; setting one would make Cognito refuse this with
 * PasswordHistoryPolicyViolationException and break account deletion). The emulator behaves the same. A fresh SRP
 * sign-in would prove it too, but Amplify refuses to sign in while signed in, it would mint a second refresh token
 * to throw away, and with MFA on it would stop at the second factor.
 */
export async function verifyOwnPassword(password: string): Promise<void> {
  await updatePassword({ oldPassword: password, newPassword: password });
}
