'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useAuthForm, useAuthSchemas } from '@/features/auth/auth-form';
import { AuthCard } from '@/features/auth/AuthCard';
import { CredentialForm, SubmitButton } from '@/features/auth/CredentialForm';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';
import { requestPasswordReset } from '@/features/auth/actions';
import type { ForgotPasswordForm as ForgotValues } from '@/features/auth/schemas';

export function ForgotPasswordForm() {
  const t = useTranslations('auth');
  const router = useRouter();
  const { ForgotPasswordForm: ForgotSchema } = useAuthSchemas();
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
      title={t('forgot.title')}
      lead={t('forgot.lead')}
      footer={
        <p>{t.rich('forgot.remembered', { link: (chunks) => <Link href="/signin">{chunks}</Link> })}</p>
      }
    >
      {serverError && <Alert tone="error">{serverError}</Alert>}
      <CredentialForm onSubmit={onSubmit}>
        <Field id="email" label={t('email')} error={errors.email?.message}>
          {(a11y) => <input {...a11y} type="email" autoComplete="email" {...register('email')} />}
        </Field>
        <SubmitButton busy={isSubmitting} busyLabel={t('forgot.busy')}>
          {t('forgot.submit')}
        </SubmitButton>
      </CredentialForm>
    </AuthCard>
  );
}
