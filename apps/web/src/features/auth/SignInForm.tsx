'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useAuthForm, useAuthSchemas } from '@/features/auth/auth-form';
import { AuthCard } from '@/features/auth/AuthCard';
import { CodeField } from '@/features/auth/CodeField';
import { CredentialForm, SubmitButton } from '@/features/auth/CredentialForm';
import { TotpEnrolmentKey } from '@/features/auth/TotpEnrolmentKey';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';
import { confirmSignInWithTotp, signInWithPassword } from '@/features/auth/actions';
import type { SignInForm as SignInValues, TotpCodeForm as TotpCodeValues } from '@/features/auth/schemas';
import { drawTotpEnrolment, type TotpEnrolment } from '@/features/auth/two-step';
import { safeNextPath } from '@/lib/routes';

/** Why the person arrived here: their email was just confirmed, or their password reset. */
type Notice = 'confirmed' | 'reset';

export function SignInForm({ email, next, notice }: { email: string; next: string; notice: Notice | null }) {
  const t = useTranslations('auth');
  const router = useRouter();
  const { SignInForm: SignInSchema } = useAuthSchemas();
  // Two-step verification: after the password, Cognito may ask for the authenticator app's code — or, when it
  // is required and the person has no app yet, for setting one up first (with this key).
  const [step, setStep] = useState<
    { kind: 'password' } | { kind: 'totp' } | { kind: 'totp-setup'; enrolment: TotpEnrolment }
  >({ kind: 'password' });
  const {
    register,
    setError,
    onSubmit,
    serverError,
    formState: { errors, isSubmitting },
  } = useAuthForm<SignInValues>({
    schema: SignInSchema,
    defaultValues: { email, password: '' },
    step: 'signIn',
    fields: ['email', 'password'],
    submit: async ({ email: address, password }) => {
      const outcome = await signInWithPassword(address, password);
      if (outcome.next === 'needs-confirmation') {
        router.push(`/confirm-signup?email=${encodeURIComponent(address)}`);
      } else if (outcome.next === 'needs-totp') {
        setStep({ kind: 'totp' });
      } else if (outcome.next === 'needs-totp-setup') {
        setStep({ kind: 'totp-setup', enrolment: await drawTotpEnrolment(outcome.totpSetup, address) });
      } else {
        router.replace(safeNextPath(next));
      }
    },
  });

  if (step.kind !== 'password') {
    return (
      <TotpStep
        enrolment={step.kind === 'totp-setup' ? step.enrolment : undefined}
        onSignedIn={() => router.replace(safeNextPath(next))}
        onRestart={(message) => {
          setStep({ kind: 'password' });
          setError('root.server', { type: 'server', message });
        }}
      />
    );
  }

  return (
    <AuthCard
      title={t('signIn.title')}
      lead={t('signIn.lead')}
      footer={
        <>
          <p>
            <Link href="/forgot-password">{t('signIn.forgot')}</Link>
          </p>
          <p>{t.rich('signIn.newHere', { link: (chunks) => <Link href="/signup">{chunks}</Link> })}</p>
        </>
      }
    >
      {notice && <Alert tone="success">{t(`signIn.${notice}`)}</Alert>}
      {serverError && <Alert tone="error">{serverError}</Alert>}
      <CredentialForm onSubmit={onSubmit}>
        <Field id="email" label={t('email')} error={errors.email?.message}>
          {(a11y) => <input {...a11y} type="email" autoComplete="username" {...register('email')} />}
        </Field>
        <Field id="password" label={t('password')} error={errors.password?.message}>
          {(a11y) => (
            <input {...a11y} type="password" autoComplete="current-password" {...register('password')} />
          )}
        </Field>
        <SubmitButton busy={isSubmitting} busyLabel={t('signIn.busy')}>
          {t('signIn.submit')}
        </SubmitButton>
      </CredentialForm>
    </AuthCard>
  );
}

/**
 * The second step: the 6-digit code from the authenticator app, sent with Cognito's session, never in a URL.
 * With `enrolment` (two-step verification required, no app yet) it first shows the new app's key, and the code
 * both proves the app has it and completes the sign-in.
 */
function TotpStep({
  enrolment,
  onSignedIn,
  onRestart,
}: {
  enrolment?: TotpEnrolment;
  onSignedIn: () => void;
  onRestart: (message: string) => void;
}) {
  const t = useTranslations('auth.totp');
  const { TotpCodeForm: TotpCodeSchema } = useAuthSchemas();
  const {
    register,
    onSubmit,
    serverError,
    formState: { errors, isSubmitting },
  } = useAuthForm<TotpCodeValues>({
    schema: TotpCodeSchema,
    defaultValues: { code: '' },
    step: 'signInTotp',
    fields: ['code'],
    submit: async ({ code }) => {
      await confirmSignInWithTotp(code);
      onSignedIn();
    },
    onRestart,
  });

  return (
    <AuthCard title={enrolment ? t('setUpTitle') : t('title')} lead={enrolment ? t('setUpLead') : t('lead')}>
      {enrolment && <TotpEnrolmentKey enrolment={enrolment} />}
      {serverError && <Alert tone="error">{serverError}</Alert>}
      <CredentialForm onSubmit={onSubmit}>
        <CodeField id="code" label={t('code')} error={errors.code?.message} input={register('code')} />
        <SubmitButton busy={isSubmitting} busyLabel={t('busy')}>
          {t('submit')}
        </SubmitButton>
      </CredentialForm>
    </AuthCard>
  );
}
