'use client';
/**
 * Two-step verification (TOTP, "authenticator app") for the signed-in person, on top of Amplify Auth:
 * enrolment (AssociateSoftwareToken → VerifySoftwareToken → SetUserMFAPreference) and turning it off after the
 * password has been proven again. Also what sign-in shows when the pool requires MFA and the person has no app
 * yet: the same QR code and key, from the details Amplify's MFA_SETUP step carries.
 */
import {
  fetchMFAPreference,
  fetchUserAttributes,
  setUpTOTP,
  updateMFAPreference,
  verifyTOTPSetup,
  type SetUpTOTPOutput,
} from 'aws-amplify/auth';
import '@/lib/amplify/configure-client';
import { verifyOwnPassword } from './session';

/** The issuer authenticator apps show next to the code. */
const ISSUER = 'SpendWise';

export async function isTwoStepOn(): Promise<boolean> {
  const { enabled } = await fetchMFAPreference();
  return enabled?.includes('TOTP') ?? false;
}

export interface TotpEnrolment {
  /** Base32, for people who type it into the app instead of scanning. */
  secret: string;
  /** The otpauth:// URI as a QR code image (PNG data URL): drawn here, the secret never goes to another site. */
  qrCode: string;
}

export async function startTotpEnrolment(): Promise<TotpEnrolment> {
  const [{ email }, setup] = await Promise.all([fetchUserAttributes(), setUpTOTP()]);
  return drawTotpEnrolment(setup, email);
}

/** The key and its QR code for `email`'s authenticator app, from Amplify's set-up details (Settings or sign-in). */
export async function drawTotpEnrolment(setup: SetUpTOTPOutput, email?: string): Promise<TotpEnrolment> {
  // Loaded only when someone sets the app up, not with every page.
  const { toDataURL } = await import('qrcode');
  const uri = setup.getSetupUri(ISSUER, email);
  return { secret: setup.sharedSecret, qrCode: await toDataURL(uri.toString(), { margin: 1, width: 200 }) };
}

/** Proves the app has the secret with its current code, then asks for that code at every sign-in. */
export async function finishTotpEnrolment(code: string): Promise<void> {
  await verifyTOTPSetup({ code, options: { friendlyDeviceName: 'Authenticator app' } });
  await updateMFAPreference({ totp: 'PREFERRED' });
}

/** Loosening a security setting needs the password again (see verifyOwnPassword for how it is proven). */
export async function turnTwoStepOff(password: string): Promise<void> {
  await verifyOwnPassword(password);
  await updateMFAPreference({ totp: 'DISABLED' });
}
