'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useAuthForm, useAuthSchemas } from '@/features/auth/auth-form';
import { AuthCard } from '@/features/auth/AuthCard';
import { CodeField } from '@/features/auth/CodeField';
import { CredentialForm, SubmitButton } from '@/features/auth/CredentialForm';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';
import { confirmAccount, resendConfirmationCode } from '@/features/auth/actions';
import { describeAuthError } from '@/features/auth/cognito-errors';
import type { ConfirmSignUpForm as ConfirmValues } from '@/features/auth/schemas';
import { HOME_PATH } from '@/lib/routes';

type ResendState = { tone: 'success' | 'error'; message: string } | null;

export function ConfirmSignUpForm({ email }: { email: string }) {
  const t = useTranslations('auth');
  const tErrors = useTranslations('authErrors');
  const router = useRouter();
  const { ConfirmSignUpForm: ConfirmSchema } = useAuthSchemas();
  const [resend, setResend] = useState<ResendState>(null);
  const [resending, setResending] = useState(false);
  const {
    register,
    getValues,
    trigger,
    onSubmit,
    serverError,
    formState: { errors, isSubmitting },
  } = useAuthForm<ConfirmValues>({
    schema: ConfirmSchema,
    defaultValues: { email, code: '' },
    step: 'confirmSignUp',
    fields: ['email', 'code'],
    submit: async ({ email: address, code }) => {
      setResend(null);
      const outcome = await confirmAccount(address, code);
      if (outcome === 'signed-in') router.replace(HOME_PATH);
      else router.replace(`/signin?confirmed=1&email=${encodeURIComponent(address)}`);
    },
  });

  const onResend = async () => {
    if (!(await trigger('email'))) return;
    const address = getValues('email').trim().toLowerCase();
    setResending(true);
    try {
      await resendConfirmationCode(address);
      setResend({ tone: 'success', message: t('confirm.resent', { email: address }) });
    } catch (error) {
      setResend({ tone: 'error', message: describeAuthError(error, 'resendCode', tErrors).message });
    } finally {
      setResending(false);
    }
  };

  return (
    <AuthCard
      title={t('confirm.title')}
      lead={
        email ? (
          <p>{t.rich('confirm.leadWithEmail', { email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        ) : (
          <p>{t('confirm.lead')}</p>
        )
      }
      footer={
        <p>{t.rich('confirm.wrongAddress', { link: (chunks) => <Link href="/signup">{chunks}</Link> })}</p>
      }
    >
      {serverError && <Alert tone="error">{serverError}</Alert>}
      {resend && <Alert tone={resend.tone}>{resend.message}</Alert>}
      {email && errors.email && <Alert tone="error">{errors.email.message}</Alert>}
      <CredentialForm onSubmit={onSubmit}>
        {email ? (
          <input type="hidden" {...register('email')} />
        ) : (
          <Field id="email" label={t('email')} error={errors.email?.message}>
            {(a11y) => <input {...a11y} type="email" autoComplete="email" {...register('email')} />}
          </Field>
        )}
        <CodeField
          id="code"
          label={t('confirm.code')}
          error={errors.code?.message}
          input={register('code')}
        />
        <div className="stack">
          <SubmitButton busy={isSubmitting} busyLabel={t('confirm.busy')}>
            {t('confirm.submit')}
          </SubmitButton>
          <button type="button" className="btn btn-block" onClick={onResend} disabled={resending}>
            {resending ? t('confirm.resending') : t('confirm.resend')}
          </button>
        </div>
      </CredentialForm>
    </AuthCard>
  );
}
