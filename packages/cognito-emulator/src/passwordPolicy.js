/**
 * The pool's password policy and Cognito's check of it.
 */
import { invalidPassword } from './errors.js';

/**
 * The same numbers as PASSWORD_POLICY in @spendwise/contracts (what the web form shows, what Terraform gives the
 * real pool). Duplicated rather than imported so the emulator runs without building the contracts package;
 * test/password-policy.test.js fails if the two drift apart.
 */
export const PASSWORD_POLICY = Object.freeze({
  minimumLength: 8,
  requireLowercase: true,
  requireUppercase: true,
  requireNumbers: true,
  requireSymbols: false,
});

// Cognito's own symbol set for RequireSymbols.
const SYMBOLS = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]/;

/**
 * Throws InvalidPasswordException naming the first unmet rule, in the order (and with the wording) Cognito uses.
 * @param {{ MinimumLength?: number, RequireLowercase?: boolean, RequireUppercase?: boolean,
 *   RequireNumbers?: boolean, RequireSymbols?: boolean } | undefined} policy the pool's Policies.PasswordPolicy
 * @param {string} password
 */
export function assertPasswordMeetsPolicy(policy, password) {
  if (!policy) return;
  if (password.length < (policy.MinimumLength ?? 0)) throw invalidPassword('Password not long enough');
  if (policy.RequireLowercase && !/[a-z]/.test(password))
    throw invalidPassword('Password must have lowercase characters');
  if (policy.RequireUppercase && !/[A-Z]/.test(password))
    throw invalidPassword('Password must have uppercase characters');
  if (policy.RequireNumbers && !/\d/.test(password))
    throw invalidPassword('Password must have numeric characters');
  if (policy.RequireSymbols && !SYMBOLS.test(password))
    throw invalidPassword('Password must have symbol characters');
}
