/** Form schemas for the sign-in pages. The password rules are the user pool's, from @spendwise/contracts. */
// First: zod must be jitless before any schema (these or @spendwise/contracts') is built.
import '@/lib/zod-without-eval';
import { passwordPolicyChecks } from '@spendwise/contracts/defaults';
import { z } from 'zod';

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid email address' }));

const CONFIRMATION_CODE = /^\d{6}$/;

export const newPassword = z
  .string()
  .min(1, { message: 'Choose a password' })
  .max(256, { message: 'Use at most 256 characters' })
  .superRefine((password, ctx) => {
    const unmet = passwordPolicyChecks(password).filter((check) => !check.met);
    if (password.length > 0 && unmet.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `Your password needs: ${unmet.map((check) => check.rule.toLowerCase()).join(', ')}`,
      });
    }
  });

/** A new password typed twice: the policy on the first, equality on the second. */
const newPasswordTwice = {
  password: newPassword,
  confirmPassword: z.string().min(1, { message: 'Type the password again' }),
};

function passwordsMatch<T extends z.ZodType<{ password: string; confirmPassword: string }>>(schema: T) {
  return schema.refine((form) => form.password === form.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match',
  });
}

export const SignUpForm = passwordsMatch(z.object({ email, ...newPasswordTwice }));
export type SignUpForm = z.input<typeof SignUpForm>;

export const SignInForm = z.object({
  email,
  password: z.string().min(1, { message: 'Enter your password' }),
});
export type SignInForm = z.input<typeof SignInForm>;

const code = z.string().trim().regex(CONFIRMATION_CODE, { message: 'Enter the 6-digit code from the email' });

export const ConfirmSignUpForm = z.object({ email, code });
export type ConfirmSignUpForm = z.input<typeof ConfirmSignUpForm>;

export const ForgotPasswordForm = z.object({ email });
export type ForgotPasswordForm = z.input<typeof ForgotPasswordForm>;

export const ResetPasswordForm = passwordsMatch(z.object({ email, code, ...newPasswordTwice }));
export type ResetPasswordForm = z.input<typeof ResetPasswordForm>;

export const ChangePasswordForm = passwordsMatch(
  z.object({
    currentPassword: z.string().min(1, { message: 'Enter your current password' }),
    ...newPasswordTwice,
  }),
);
export type ChangePasswordForm = z.input<typeof ChangePasswordForm>;

/** What the person types to confirm that their account should be deleted. */
export const DELETE_CONFIRMATION = 'DELETE';

export const DeleteAccountForm = z.object({
  currentPassword: z.string().min(1, { message: 'Enter your password' }),
  confirmation: z.string().refine((typed) => typed.trim() === DELETE_CONFIRMATION, {
    message: `Type ${DELETE_CONFIRMATION} to confirm`,
  }),
});
export type DeleteAccountForm = z.input<typeof DeleteAccountForm>;

/** A code from an authenticator app (TOTP): at sign-in and to finish setting up two-step verification. */
export const TotpCodeForm = z.object({
  code: z
    .string()
    .trim()
    .regex(CONFIRMATION_CODE, { message: 'Enter the 6-digit code from your authenticator app' }),
});
export type TotpCodeForm = z.input<typeof TotpCodeForm>;

/** The password typed again before a security setting is loosened (turning two-step verification off). */
export const ConfirmPasswordForm = z.object({
  password: z.string().min(1, { message: 'Enter your password' }),
});
export type ConfirmPasswordForm = z.input<typeof ConfirmPasswordForm>;
