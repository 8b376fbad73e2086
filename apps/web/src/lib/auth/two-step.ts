'use client';
/**
 * Two-step verification (TOTP, "authenticator app") for the signed-in person, on top of Amplify Auth:
 * enrolment (AssociateSoftwareToken → VerifySoftwareToken → SetUserMFAPreference) and turning it off after the
 * password has been proven again.
 */
import {
  fetchMFAPreference,
  fetchUserAttributes,
  setUpTOTP,
  updateMFAPreference,
  verifyTOTPSetup,
} from 'aws-amplify/auth';
import '@/lib/amplify/configure-client';
import { authFlowType } from '@/lib/amplify/config';
import { config } from '@/lib/config';

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
  const [{ email }, setup, { toDataURL }] = await Promise.all([
    fetchUserAttributes(),
    setUpTOTP(),
    // Loaded only when someone sets the app up, not with every settings page.
    import('qrcode'),
  ]);
  const uri = setup.getSetupUri(ISSUER, email);
  return { secret: setup.sharedSecret, qrCode: await toDataURL(uri.toString(), { margin: 1, width: 200 }) };
}

/** Proves the app has the secret with its current code, then asks for that code at every sign-in. */
export async function finishTotpEnrolment(code: string): Promise<void> {
  await verifyTOTPSetup({ code, options: { friendlyDeviceName: 'Authenticator app' } });
  await updateMFAPreference({ totp: 'PREFERRED' });
}

export async function turnTwoStepOff(password: string): Promise<void> {
  await provePassword(password);
  await updateMFAPreference({ totp: 'DISABLED' });
}

/**
 * Cognito has no "check this password" call, and Amplify's signIn refuses to run while someone is signed in.
 * So the password is proven with a separate, throwaway sign-in: amazon-cognito-identity-js (AWS's client that
 * predates Amplify v6, in maintenance) runs the same SRP exchange — the password never leaves the browser —
 * against the same pool, with its own in-memory storage so this browser's session is untouched. Cognito only
 * answers with the SOFTWARE_TOKEN_MFA challenge once the password is proven, so reaching it is the proof; the
 * challenge is left unanswered and lapses after 3 minutes. A wrong password fails as NotAuthorizedException.
 * Rejected alternatives: changing the password to itself (a real change, caught by password-history rules) and
 * signing out to sign in again (a typo would end the session).
 */
async function provePassword(password: string): Promise<void> {
  const [{ email }, { AuthenticationDetails, CognitoUser, CognitoUserPool }] = await Promise.all([
    fetchUserAttributes(),
    import('amazon-cognito-identity-js'),
  ]);
  if (!email) throw Object.assign(new Error('No email on this account'), { name: 'UnknownError' });
  const storage = new MemoryStorage();
  const pool = new CognitoUserPool({
    UserPoolId: config.NEXT_PUBLIC_COGNITO_USER_POOL_ID,
    ClientId: config.NEXT_PUBLIC_COGNITO_CLIENT_ID,
    ...(config.NEXT_PUBLIC_COGNITO_ENDPOINT && { endpoint: config.NEXT_PUBLIC_COGNITO_ENDPOINT }),
    Storage: storage,
  });
  const user = new CognitoUser({ Username: email, Pool: pool, Storage: storage });
  user.setAuthenticationFlowType(authFlowType);
  await new Promise<void>((resolve, reject) => {
    user.authenticateUser(new AuthenticationDetails({ Username: email, Password: password }), {
      totpRequired: () => resolve(),
      // Only if two-step verification was already off elsewhere: tokens in throwaway storage, dropped here.
      onSuccess: () => resolve(),
      onFailure: (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
    });
  });
}

class MemoryStorage {
  #items = new Map<string, string>();
  setItem(key: string, value: string) {
    this.#items.set(key, value);
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  clear() {
    this.#items.clear();
  }
}
