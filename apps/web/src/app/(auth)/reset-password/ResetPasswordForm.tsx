'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useWatch } from 'react-hook-form';
import { useAuthForm } from '@/components/auth/auth-form';
import { AuthCard } from '@/components/auth/AuthCard';
import { CodeField } from '@/components/auth/CodeField';
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
    control,
    onSubmit,
    serverError,
    formState: { errors, isSubmitting },
  } = useAuthForm<ResetValues>({
    schema: ResetSchema,
    defaultValues: { email, code: '', password: '', confirmPassword: '' },
    step: 'confirmResetPassword',
    fields: ['email', 'code', 'password'],
    submit: async ({ email: address, code, password: newPassword }) => {
      const normalised = address.trim().toLowerCase();
      await completePasswordReset(normalised, code, newPassword);
      router.replace(`/signin?reset=1&email=${encodeURIComponent(normalised)}`);
    },
  });
  const password = useWatch({ control, name: 'password' });

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
      {serverError && <Alert tone="error">{serverError}</Alert>}
      <CredentialForm onSubmit={onSubmit}>
        <Field id="email" label="Email" error={errors.email?.message}>
          {(a11y) => <input {...a11y} type="email" autoComplete="username" {...register('email')} />}
        </Field>
        <CodeField id="code" label="Reset code" error={errors.code?.message} input={register('code')} />
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
