import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '@/components/ui/Field';

/**
 * A 6-digit code (emailed by Cognito, or shown by an authenticator app): the phone's number pad, and the
 * browser's and password manager's one-time-code autofill.
 */
export function CodeField({
  id,
  label,
  error,
  input,
}: {
  id: string;
  label: string;
  error: string | undefined;
  input: UseFormRegisterReturn;
}) {
  return (
    <Field id={id} label={label} error={error}>
      {(a11y) => (
        <input {...a11y} inputMode="numeric" autoComplete="one-time-code" maxLength={6} {...input} />
      )}
    </Field>
  );
}
