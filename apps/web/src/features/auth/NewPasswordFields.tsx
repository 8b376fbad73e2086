import type { UseFormRegisterReturn } from 'react-hook-form';
import { PasswordPolicy } from '@/features/auth/PasswordPolicy';
import { Field } from '@/components/ui/Field';

interface NewPasswordFieldsProps {
  /** What the user is setting: "Password" on sign-up, "New password" on reset. */
  label: string;
  /** The second field's label: "Confirm password". */
  confirmLabel: string;
  /** The password as typed so far, for the live policy checklist. */
  password: string;
  passwordInput: UseFormRegisterReturn;
  confirmInput: UseFormRegisterReturn;
  passwordError?: string | undefined;
  confirmError?: string | undefined;
}

/** A new password with the pool's policy shown as it is typed, and the same password again. */
export function NewPasswordFields({
  label,
  confirmLabel,
  password,
  passwordInput,
  confirmInput,
  passwordError,
  confirmError,
}: NewPasswordFieldsProps) {
  return (
    <>
      <Field id="password" label={label} error={passwordError} hint={<PasswordPolicy password={password} />}>
        {(a11y) => <input {...a11y} type="password" autoComplete="new-password" {...passwordInput} />}
      </Field>
      <Field id="confirmPassword" label={confirmLabel} error={confirmError}>
        {(a11y) => <input {...a11y} type="password" autoComplete="new-password" {...confirmInput} />}
      </Field>
    </>
  );
}
