/**
 * A user's TOTP (software token) MFA state, kept on the user record cognito-local stores:
 * - `PendingSoftwareTokenSecret`: from AssociateSoftwareToken until VerifySoftwareToken proves the app has it.
 *   A pending secret never replaces a verified one, so re-enrolling cannot lock the user out halfway.
 * - `SoftwareTokenMfaConfiguration`: `{ Secret, Verified: true, FriendlyDeviceName?, LastUsedTimeStep }`, the
 *   verified token; `LastUsedTimeStep` refuses a code's second use.
 * - `UserMFASettingList` / `PreferredMfaSetting`: what SetUserMFAPreference turned on, as GetUser reports them
 *   (cognito-local's GetUser/AdminGetUser already return these two fields from the record).
 */
import {
  invalidParameter,
  mfaCodeMismatch,
  softwareTokenAlreadyUsed,
  softwareTokenMfaNotFound,
} from './errors.js';
import { matchedTimeStep } from './totp.js';

const SOFTWARE_TOKEN_MFA = 'SOFTWARE_TOKEN_MFA';

/** Whether sign-in must ask this user for a TOTP code. */
export function requiresSoftwareToken(userPool, user) {
  return (
    userPool.options.MfaConfiguration !== 'OFF' &&
    Boolean(user.SoftwareTokenMfaConfiguration?.Verified) &&
    (user.UserMFASettingList ?? []).includes(SOFTWARE_TOKEN_MFA)
  );
}

/** Cognito refuses to hand out or verify software tokens when the pool does not offer them. */
export function assertPoolOffersSoftwareToken(userPool) {
  const { MfaConfiguration, SoftwareTokenMfaConfiguration } = userPool.options;
  if (MfaConfiguration === 'OFF' || !SoftwareTokenMfaConfiguration?.Enabled) {
    throw softwareTokenMfaNotFound('Software Token MFA has not been enabled by the userPool.');
  }
}

/**
 * Checks a sign-in code against the verified token and returns the user record with the step marked used.
 * Wrong (or outside ±1 step) → CodeMismatchException; the step of a code already accepted → ExpiredCodeException.
 */
export function acceptSignInCode(user, code, nowMs) {
  const token = user.SoftwareTokenMfaConfiguration;
  const step = token?.Verified ? matchedTimeStep(token.Secret, code, nowMs) : null;
  if (step === null) throw mfaCodeMismatch();
  if (step <= (token.LastUsedTimeStep ?? -1)) throw softwareTokenAlreadyUsed();
  return { ...user, SoftwareTokenMfaConfiguration: { ...token, LastUsedTimeStep: step } };
}

/**
 * The user record after SetUserMFAPreference / AdminSetUserMFAPreference. Only software tokens exist here: SMS
 * and email MFA need a delivery channel the emulator does not have, so asking to enable them is refused.
 */
export function withMfaPreference(
  user,
  { SoftwareTokenMfaSettings: totp, SMSMfaSettings, EmailMfaSettings },
) {
  if (SMSMfaSettings?.Enabled || EmailMfaSettings?.Enabled) {
    throw invalidParameter('Only software token MFA is available in this user pool.');
  }
  if (!totp) return user;
  if (totp.Enabled && !user.SoftwareTokenMfaConfiguration?.Verified) {
    throw invalidParameter('User has not verified software token mfa');
  }
  if (totp.PreferredMfa && !totp.Enabled) {
    throw invalidParameter('Cannot set a disabled MFA method as preferred.');
  }
  const others = (user.UserMFASettingList ?? []).filter((method) => method !== SOFTWARE_TOKEN_MFA);
  const methods = totp.Enabled ? [...others, SOFTWARE_TOKEN_MFA] : others;
  const preferred = totp.PreferredMfa
    ? SOFTWARE_TOKEN_MFA
    : user.PreferredMfaSetting === SOFTWARE_TOKEN_MFA
      ? undefined
      : user.PreferredMfaSetting;
  return {
    ...user,
    // GetUser leaves both fields out when no MFA is on, as Cognito does.
    UserMFASettingList: methods.length ? methods : undefined,
    PreferredMfaSetting: preferred,
  };
}
