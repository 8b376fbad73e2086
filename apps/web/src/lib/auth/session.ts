'use client';
/**
 * Signing out, kept apart from the sign-in journeys (actions.ts) so that signed-in pages do not load the
 * SRP and sign-up code they never use.
 */
import { signOut, updatePassword } from 'aws-amplify/auth';
import '@/lib/amplify/configure-client';

/** Revokes the refresh token and clears the session cookies (cleared even when Cognito cannot be reached). */
export async function signOutOfThisDevice(): Promise<void> {
  await signOut();
}

/**
 * GlobalSignOut: Cognito revokes every refresh token of the person (every browser and device), then this
 * browser's cookies are cleared. Other devices are signed out at their next token refresh (Cognito refuses it)
 * and by the API at its next session check (GetUser refuses their access tokens).
 */
export async function signOutEverywhere(): Promise<void> {
  await signOut({ global: true });
}

/** ChangePassword with the current password (Cognito checks it and the pool's policy). */
export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  await updatePassword({ oldPassword: currentPassword, newPassword });
}
