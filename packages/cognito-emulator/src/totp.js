/**
 * TOTP as Cognito's software-token MFA uses it: RFC 6238 with SHA-1, 6 digits and 30-second steps (what every
 * authenticator app assumes from an otpauth URI without parameters), a code accepted one step either side of
 * the current one for clock drift, and a 32-byte secret (Cognito's SecretCode is 52 base32 characters).
 * otplib does the RFC work; this file only fixes the parameters and reports which step a code matched, because
 * a used step must never be accepted again (RFC 6238 §5.2).
 */
import { generateSecret, verifySync } from 'otplib';

const PERIOD_SECONDS = 30;
const TOTP = {
  algorithm: /** @type {const} */ ('sha1'),
  digits: /** @type {const} */ (6),
  period: PERIOD_SECONDS,
};

export const newTotpSecret = () => generateSecret({ length: 32 });

/**
 * The time step `code` belongs to, if it is the code of the current step or of one either side; null otherwise.
 * @param {string} secret @param {unknown} code @param {number} nowMs
 * @returns {number | null}
 */
export function matchedTimeStep(secret, code, nowMs) {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) return null;
  try {
    const result = verifySync({
      ...TOTP,
      secret,
      token: code,
      epoch: Math.floor(nowMs / 1000),
      epochTolerance: PERIOD_SECONDS,
    });
    // otplib's HOTP and TOTP share one result type; only a TOTP match carries the step.
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    return null;
  }
}
