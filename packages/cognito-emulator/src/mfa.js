/**
 * A user's TOTP (software token) MFA state, kept on the user record:
 * - `PendingSoftwareTokenSecret`: from AssociateSoftwareToken until VerifySoftwareToken proves the app has it.
 *   A pending secret never replaces a verified one, so re-enrolling cannot lock the user out halfway.
 * - `SoftwareTokenMfaConfiguration`: `{ Secret, Verified: true, FriendlyDeviceName?, LastUsedTimeStep }`, the
 *   verified token; `LastUsedTimeStep` refuses a code's second use.
 * - `UserMFASettingList` / `PreferredMfaSetting`: what SetUserMFAPreference turned on, as GetUser reports them
 */
import {
  invalidParameter,
  mfaCodeMismatch,
  softwareTokenAlreadyUsed,
  softwareTokenMfaNotFound,
} from './errors.js';
import { matchedTimeStep } from './totp.js';

const SOFTWARE_TOKEN_MFA = 'SOFTWARE_TOKEN_MFA';

/**
 * Whether sign-in must ask this user for a TOTP code: they turned it on, or the pool requires MFA (ON) and they
 * have a verified token — AWS: once software token MFA is set up, sign-in answers SOFTWARE_TOKEN_MFA.
 */
export function requiresSoftwareToken(userPool, user) {
  const { MfaConfiguration } = userPool.options;
  return (
    MfaConfiguration !== 'OFF' &&
    Boolean(user.SoftwareTokenMfaConfiguration?.Verified) &&
    (MfaConfiguration === 'ON' || (user.UserMFASettingList ?? []).includes(SOFTWARE_TOKEN_MFA))
  );
}

/** Whether sign-in must first enrol this user (MFA_SETUP): the pool requires MFA and they have no verified token. */
export const requiresMfaSetup = (userPool, user) =>
  userPool.options.MfaConfiguration === 'ON' && !user.SoftwareTokenMfaConfiguration?.Verified;

/** Sign-in's MFA_SETUP ChallengeParameters: MFAS_CAN_SETUP is a JSON array in a string, as Cognito sends it. */
export const mfaSetupParameters = (user) => ({
  MFAS_CAN_SETUP: JSON.stringify([SOFTWARE_TOKEN_MFA]),
  USER_ID_FOR_SRP: user.Username,
});

/** The user record once MFA_SETUP has completed: the token just verified is their (preferred) MFA. */
export const withSoftwareTokenMfaOn = (user) => ({
  ...user,
  UserMFASettingList: [
    ...(user.UserMFASettingList ?? []).filter((method) => method !== SOFTWARE_TOKEN_MFA),
    SOFTWARE_TOKEN_MFA,
  ],
  PreferredMfaSetting: SOFTWARE_TOKEN_MFA,
});

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
 * and email MFA need a delivery channel the emulator does not have, so asking to enable them is refused. When the
 * pool requires MFA (ON), turning off the user's only factor is refused too: a required second factor that the
 * user could switch off would not be required. (AWS does not document this answer's wording; the error code is
 * the one SetUserMFAPreference uses for every refused setting.)
 */
export function withMfaPreference(
  userPool,
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
  if (userPool.options.MfaConfiguration === 'ON' && methods.length === 0) {
    throw invalidParameter('MFA is required for this user pool: the only MFA method cannot be disabled.');
  }
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
