/**
 * One-time codes (sign-up confirmation, password reset). Random by default so tests can prove a wrong code
 * fails; pinned with the `fixedCode` option or COGNITO_FIXED_CODE for demos and scripted runs.
 */
import { randomInt } from 'node:crypto';
import { codeMismatch, expiredCode } from './errors.js';

// Real Cognito: sign-up confirmation codes are valid for 24 hours, password-reset codes for 1 hour.
export const CONFIRMATION_CODE_LIFETIME_MS = 24 * 60 * 60 * 1000;
export const PASSWORD_RESET_CODE_LIFETIME_MS = 60 * 60 * 1000;

/** @param {string | undefined} fixedCode @returns {() => string} */
export function codeGenerator(fixedCode) {
  if (fixedCode !== undefined) {
    if (!/^\d{6}$/.test(fixedCode))
      throw new Error(`COGNITO_FIXED_CODE must be 6 digits, got "${fixedCode}"`);
    return () => fixedCode;
  }
  return () => String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * Throws Cognito's error for a code that does not match or has expired; returns quietly when it is valid.
 * @param {{ code?: string, expiresAt?: number }} stored @param {string | undefined} given @param {number} now
 */
export function assertCodeValid(stored, given, now) {
  if (!stored.code || stored.code !== given) throw codeMismatch();
  if (stored.expiresAt === undefined || now > stored.expiresAt) throw expiredCode();
}
