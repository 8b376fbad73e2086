'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useForm, useWatch } from 'react-hook-form';
import { showAuthError } from '@/components/auth/auth-form';
import { AuthCard } from '@/components/auth/AuthCard';
import { CredentialForm, SubmitButton } from '@/components/auth/CredentialForm';
import { NewPasswordFields } from '@/components/auth/NewPasswordFields';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';
import { completePasswordReset } from '@/lib/auth/actions';
import { ResetPasswordForm as ResetSchema, type ResetPasswordForm as ResetValues } from '@/lib/auth/schemas';

export function ResetPasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ResetValues>({
    resolver: zodResolver(ResetSchema),
    mode: 'onTouched',
    defaultValues: { email, code: '', password: '', confirmPassword: '' },
  });
  const password = useWatch({ control, name: 'password' });

  const onSubmit = handleSubmit(async ({ email: address, code, password: newPassword }) => {
    const normalised = address.trim().toLowerCase();
    try {
      await completePasswordReset(normalised, code, newPassword);
    } catch (error) {
      showAuthError(error, 'confirmResetPassword', setError, ['email', 'code', 'password']);
      return;
    }
    router.replace(`/signin?reset=1&email=${encodeURIComponent(normalised)}`);
  });

  return (
    <AuthCard
      title="Choose a new password"
      lead={
        email ? (
          <p>
            Enter the code we sent to <strong>{email}</strong> and your new password.
          </p>
        ) : undefined
      }
      footer={
        <p>
          Didn’t get a code? <Link href="/forgot-password">Send another</Link>
        </p>
      }
    >
      {errors.root?.server && <Alert tone="error">{errors.root.server.message}</Alert>}
      <CredentialForm onSubmit={onSubmit}>
        <Field id="email" label="Email" error={errors.email?.message}>
          {(a11y) => <input {...a11y} type="email" autoComplete="username" {...register('email')} />}
        </Field>
        <Field id="code" label="Reset code" error={errors.code?.message}>
          {(a11y) => (
            <input
              {...a11y}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              {...register('code')}
            />
          )}
        </Field>
        <NewPasswordFields
          label="New password"
          password={password}
          passwordInput={register('password')}
          confirmInput={register('confirmPassword')}
          passwordError={errors.password?.message}
          confirmError={errors.confirmPassword?.message}
        />
        <SubmitButton busy={isSubmitting} busyLabel="Saving…">
          Set new password
        </SubmitButton>
      </CredentialForm>
    </AuthCard>
  );
}
