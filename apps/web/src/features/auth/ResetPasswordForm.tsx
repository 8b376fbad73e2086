'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useWatch } from 'react-hook-form';
import { useAuthForm, useAuthSchemas } from '@/features/auth/auth-form';
import { AuthCard } from '@/features/auth/AuthCard';
import { CodeField } from '@/features/auth/CodeField';
import { CredentialForm, SubmitButton } from '@/features/auth/CredentialForm';
import { NewPasswordFields } from '@/features/auth/NewPasswordFields';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';
import { completePasswordReset } from '@/features/auth/actions';
import type { ResetPasswordForm as ResetValues } from '@/features/auth/schemas';

export function ResetPasswordForm({ email }: { email: string }) {
  const t = useTranslations('auth');
  const router = useRouter();
  const { ResetPasswordForm: ResetSchema } = useAuthSchemas();
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
      title={t('reset.title')}
      lead={
        email ? (
          <p>{t.rich('reset.leadWithEmail', { email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        ) : undefined
      }
      footer={
        <p>{t.rich('reset.noCode', { link: (chunks) => <Link href="/forgot-password">{chunks}</Link> })}</p>
      }
    >
      {serverError && <Alert tone="error">{serverError}</Alert>}
      <CredentialForm onSubmit={onSubmit}>
        <Field id="email" label={t('email')} error={errors.email?.message}>
          {(a11y) => <input {...a11y} type="email" autoComplete="username" {...register('email')} />}
        </Field>
        <CodeField id="code" label={t('reset.code')} error={errors.code?.message} input={register('code')} />
        <NewPasswordFields
          label={t('reset.newPassword')}
          confirmLabel={t('reset.confirmNewPassword')}
          password={password}
          passwordInput={register('password')}
          confirmInput={register('confirmPassword')}
          passwordError={errors.password?.message}
          confirmError={errors.confirmPassword?.message}
        />
        <SubmitButton busy={isSubmitting} busyLabel={t('reset.busy')}>
          {t('reset.submit')}
        </SubmitButton>
      </CredentialForm>
    </AuthCard>
  );
}
