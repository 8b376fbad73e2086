'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useAuthForm } from '@/components/auth/auth-form';
import { AuthCard } from '@/components/auth/AuthCard';
import { CodeField } from '@/components/auth/CodeField';
import { CredentialForm, SubmitButton } from '@/components/auth/CredentialForm';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';
import { confirmAccount, resendConfirmationCode } from '@/lib/auth/actions';
import { describeAuthError } from '@/lib/auth/cognito-errors';
import {
  ConfirmSignUpForm as ConfirmSchema,
  type ConfirmSignUpForm as ConfirmValues,
} from '@/lib/auth/schemas';
import { HOME_PATH } from '@/lib/routes';

type ResendState = { tone: 'success' | 'error'; message: string } | null;

export function ConfirmSignUpForm({ email }: { email: string }) {
  const router = useRouter();
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
      setResend({ tone: 'success', message: `We sent a new code to ${address}.` });
    } catch (error) {
      setResend({ tone: 'error', message: describeAuthError(error, 'resendCode').message });
    } finally {
      setResending(false);
    }
  };

  return (
    <AuthCard
      title="Check your email"
      lead={
        email ? (
          <p>
            We sent a 6-digit code to <strong>{email}</strong>. Enter it below to finish creating your
            account.
          </p>
        ) : (
          <p>Enter your email and the 6-digit code we sent you.</p>
        )
      }
      footer={
        <p>
          Wrong address? <Link href="/signup">Start again</Link>
        </p>
      }
    >
      {serverError && <Alert tone="error">{serverError}</Alert>}
      {resend && <Alert tone={resend.tone}>{resend.message}</Alert>}
      {email && errors.email && <Alert tone="error">{errors.email.message}</Alert>}
      <CredentialForm onSubmit={onSubmit}>
        {email ? (
          <input type="hidden" {...register('email')} />
        ) : (
          <Field id="email" label="Email" error={errors.email?.message}>
            {(a11y) => <input {...a11y} type="email" autoComplete="email" {...register('email')} />}
          </Field>
        )}
        <CodeField
          id="code"
          label="Verification code"
          error={errors.code?.message}
          input={register('code')}
        />
        <div className="stack">
          <SubmitButton busy={isSubmitting} busyLabel="Confirming…">
            Confirm and continue
          </SubmitButton>
          <button type="button" className="btn btn-block" onClick={onResend} disabled={resending}>
            {resending ? 'Sending…' : 'Resend code'}
          </button>
        </div>
      </CredentialForm>
    </AuthCard>
  );
}
