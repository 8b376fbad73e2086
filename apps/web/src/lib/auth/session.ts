'use client';
/**
 * Signing out, kept apart from the sign-in journeys (actions.ts) so that signed-in pages do not load the
 * SRP and sign-up code they never use.
 */
import { signOut } from 'aws-amplify/auth';
import '@/lib/amplify/configure-client';

/** Revokes the refresh token and clears the session cookies (cleared even when Cognito cannot be reached). */
export async function signOutOfThisDevice(): Promise<void> {
  await signOut();
}
