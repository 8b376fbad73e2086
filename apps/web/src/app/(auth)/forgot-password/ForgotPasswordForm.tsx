'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useAuthForm } from '@/components/auth/auth-form';
import { AuthCard } from '@/components/auth/AuthCard';
import { CredentialForm, SubmitButton } from '@/components/auth/CredentialForm';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';
import { requestPasswordReset } from '@/lib/auth/actions';
import {
  ForgotPasswordForm as ForgotSchema,
  type ForgotPasswordForm as ForgotValues,
} from '@/lib/auth/schemas';

export function ForgotPasswordForm() {
  const router = useRouter();
  const {
    register,
    onSubmit,
    serverError,
    formState: { errors, isSubmitting },
  } = useAuthForm<ForgotValues>({
    schema: ForgotSchema,
    defaultValues: { email: '' },
    step: 'resetPassword',
    fields: ['email'],
    submit: async ({ email }) => {
      const address = email.trim().toLowerCase();
      await requestPasswordReset(address);
      router.push(`/reset-password?email=${encodeURIComponent(address)}`);
    },
  });

  return (
    <AuthCard
      title="Reset your password"
      lead="Enter the email you signed up with and we’ll send you a code to choose a new password."
      footer={
        <p>
          Remembered it? <Link href="/signin">Back to sign in</Link>
        </p>
      }
    >
      {serverError && <Alert tone="error">{serverError}</Alert>}
      <CredentialForm onSubmit={onSubmit}>
        <Field id="email" label="Email" error={errors.email?.message}>
          {(a11y) => <input {...a11y} type="email" autoComplete="email" {...register('email')} />}
        </Field>
        <SubmitButton busy={isSubmitting} busyLabel="Sending code…">
          Send reset code
        </SubmitButton>
      </CredentialForm>
    </AuthCard>
  );
}
