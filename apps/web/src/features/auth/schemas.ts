/**
 * Form schemas for the sign-in pages, their messages in the person's language (`t`: the `validation` messages).
 * The password rules are the user pool's, from @spendwise/contracts.
 */
// First: zod must be jitless before any schema (these or @spendwise/contracts') is built.
import '@/lib/zod-without-eval';
import { PASSWORD_POLICY, passwordPolicyChecks } from '@spendwise/contracts/defaults';
import { z } from 'zod';
import type { Translate } from '@/i18n/translate';

const CONFIRMATION_CODE = /^\d{6}$/;

/** What the person types to confirm that their account should be deleted (the same word in every language). */
export const DELETE_CONFIRMATION = 'DELETE';

/**
 * Every account form's schema, worded by `t` (the `validation` namespace).
 */
export function authSchemas(t: Translate) {
  const email = z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: t('email') }));

  const newPassword = z
    .string()
    .min(1, { message: t('choosePassword') })
    .max(256, { message: t('passwordTooLong') })
    .superRefine((password, ctx) => {
      const unmet = passwordPolicyChecks(password).filter((check) => !check.met);
      if (password.length > 0 && unmet.length > 0) {
        const names = unmet.map((check) =>
          t(`needs.${check.rule}`, { count: PASSWORD_POLICY.minimumLength }),
        );
        ctx.addIssue({ code: 'custom', message: t('passwordNeeds', { rules: names.join(', ') }) });
      }
    });

  /** A new password typed twice: the policy on the first, equality on the second. */
  const newPasswordTwice = {
    password: newPassword,
    confirmPassword: z.string().min(1, { message: t('typePasswordAgain') }),
  };

  const passwordsMatch = <T extends z.ZodType<{ password: string; confirmPassword: string }>>(schema: T) =>
    schema.refine((form) => form.password === form.confirmPassword, {
      path: ['confirmPassword'],
      message: t('passwordsDiffer'),
    });

  const code = z
    .string()
    .trim()
    .regex(CONFIRMATION_CODE, { message: t('emailCode') });
  const password = z.string().min(1, { message: t('enterPassword') });

  return {
    SignUpForm: passwordsMatch(z.object({ email, ...newPasswordTwice })),
    SignInForm: z.object({ email, password }),
    ConfirmSignUpForm: z.object({ email, code }),
    ForgotPasswordForm: z.object({ email }),
    ResetPasswordForm: passwordsMatch(z.object({ email, code, ...newPasswordTwice })),
    ChangePasswordForm: passwordsMatch(
      z.object({
        currentPassword: z.string().min(1, { message: t('enterCurrentPassword') }),
        ...newPasswordTwice,
      }),
    ),
    DeleteAccountForm: z.object({
      currentPassword: password,
      confirmation: z.string().refine((typed) => typed.trim() === DELETE_CONFIRMATION, {
        message: t('typeToConfirm', { word: DELETE_CONFIRMATION }),
      }),
    }),
    /** A code from an authenticator app (TOTP): at sign-in and to finish setting up two-step verification. */
    TotpCodeForm: z.object({
      code: z
        .string()
        .trim()
        .regex(CONFIRMATION_CODE, { message: t('appCode') }),
    }),
    /** The password typed again before a security setting is loosened (turning two-step verification off). */
    ConfirmPasswordForm: z.object({ password }),
  };
}

type Schemas = ReturnType<typeof authSchemas>;
export type SignUpForm = z.input<Schemas['SignUpForm']>;
export type SignInForm = z.input<Schemas['SignInForm']>;
export type ConfirmSignUpForm = z.input<Schemas['ConfirmSignUpForm']>;
export type ForgotPasswordForm = z.input<Schemas['ForgotPasswordForm']>;
export type ResetPasswordForm = z.input<Schemas['ResetPasswordForm']>;
export type ChangePasswordForm = z.input<Schemas['ChangePasswordForm']>;
export type DeleteAccountForm = z.input<Schemas['DeleteAccountForm']>;
export type TotpCodeForm = z.input<Schemas['TotpCodeForm']>;
export type ConfirmPasswordForm = z.input<Schemas['ConfirmPasswordForm']>;
