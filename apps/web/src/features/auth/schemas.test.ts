import { describe, expect, it } from 'vitest';
import { translator } from '@/test/translate';
import { authSchemas } from './schemas';

const { ChangePasswordForm, ConfirmSignUpForm, DeleteAccountForm, SignUpForm } = authSchemas(
  translator('validation'),
);

const messages = (result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('sign-up form', () => {
  it("accepts a password that meets the pool's policy and normalises the email", () => {
    const parsed = SignUpForm.parse({
      email: ' Ana@Example.COM ',
      password: 'Secret123',
      confirmPassword: 'Secret123',
    });
    expect(parsed.email).toBe('ana@example.com');
  });

  it('names the rules a weak password misses', () => {
    expect(
      messages(SignUpForm.safeParse({ email: 'a@b.co', password: 'short', confirmPassword: 'short' })),
    ).toEqual({
      password: 'Your password needs: at least 8 characters, an uppercase letter, a number',
    });
  });

  it('reports passwords that do not match on the confirmation field', () => {
    expect(
      messages(
        SignUpForm.safeParse({ email: 'a@b.co', password: 'Secret123', confirmPassword: 'Secret124' }),
      ),
    ).toEqual({ confirmPassword: 'The passwords do not match' });
  });

  it('asks for a valid email', () => {
    expect(
      messages(SignUpForm.safeParse({ email: 'ana', password: 'Secret123', confirmPassword: 'Secret123' })),
    ).toEqual({
      email: 'Enter a valid email address',
    });
  });
});

describe('confirmation form', () => {
  it('wants the 6-digit code', () => {
    expect(ConfirmSignUpForm.safeParse({ email: 'a@b.co', code: ' 123456 ' }).success).toBe(true);
    expect(messages(ConfirmSignUpForm.safeParse({ email: 'a@b.co', code: '12345' }))).toEqual({
      code: 'Enter the 6-digit code from the email',
    });
  });
});

describe('change-password form', () => {
  it('needs the current password, a new one meeting the policy, typed twice', () => {
    expect(
      messages(
        ChangePasswordForm.safeParse({ currentPassword: '', password: 'weak', confirmPassword: 'other' }),
      ),
    ).toEqual({
      currentPassword: 'Enter your current password',
      password: 'Your password needs: at least 8 characters, an uppercase letter, a number',
      confirmPassword: 'The passwords do not match',
    });
    expect(
      ChangePasswordForm.safeParse({
        currentPassword: 'x',
        password: 'Secret123',
        confirmPassword: 'Secret123',
      }).success,
    ).toBe(true);
  });
});

describe('delete-account form', () => {
  it('needs the password and DELETE typed out, naming each field', () => {
    expect(messages(DeleteAccountForm.safeParse({ currentPassword: '', confirmation: 'delete' }))).toEqual({
      currentPassword: 'Enter your password',
      confirmation: 'Type DELETE to confirm',
    });
    expect(DeleteAccountForm.safeParse({ currentPassword: 'x', confirmation: ' DELETE ' }).success).toBe(
      true,
    );
  });
});

describe('in German', () => {
  it('words every problem in German, the missing rules in the accusative', () => {
    const german = authSchemas(translator('validation', 'de'));
    expect(
      messages(german.SignUpForm.safeParse({ email: 'ana', password: 'short', confirmPassword: 'x' })),
    ).toEqual({
      email: 'Gib eine gültige E-Mail-Adresse ein',
      password: 'Dein Passwort braucht: mindestens 8 Zeichen, einen Großbuchstaben, eine Ziffer',
      confirmPassword: 'Die Passwörter stimmen nicht überein',
    });
  });
});
