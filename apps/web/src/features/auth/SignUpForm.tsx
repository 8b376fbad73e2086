'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useWatch } from 'react-hook-form';
import { useAuthForm, useAuthSchemas } from '@/features/auth/auth-form';
import { AuthCard } from '@/features/auth/AuthCard';
import { CredentialForm, SubmitButton } from '@/features/auth/CredentialForm';
import { NewPasswordFields } from '@/features/auth/NewPasswordFields';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';
import { registerAccount } from '@/features/auth/actions';
import type { SignUpForm as SignUpValues } from '@/features/auth/schemas';

export function SignUpForm() {
  const t = useTranslations('auth');
  const router = useRouter();
  const { SignUpForm: SignUpSchema } = useAuthSchemas();
  const {
    register,
    control,
    onSubmit,
    serverError,
    formState: { errors, isSubmitting },
  } = useAuthForm<SignUpValues>({
    schema: SignUpSchema,
    defaultValues: { email: '', password: '', confirmPassword: '' },
    step: 'signUp',
    fields: ['email', 'password'],
    submit: async ({ email, password }) => {
      const address = email.trim().toLowerCase();
      await registerAccount(address, password);
      router.push(`/confirm-signup?email=${encodeURIComponent(address)}`);
    },
  });
  const password = useWatch({ control, name: 'password' });

  return (
    <AuthCard
      title={t('signUp.title')}
      lead={t('signUp.lead')}
      footer={
        <p>{t.rich('signUp.haveAccount', { link: (chunks) => <Link href="/signin">{chunks}</Link> })}</p>
      }
    >
      {serverError && <Alert tone="error">{serverError}</Alert>}
      <CredentialForm onSubmit={onSubmit}>
        <Field id="email" label={t('email')} error={errors.email?.message}>
          {(a11y) => <input {...a11y} type="email" autoComplete="email" {...register('email')} />}
        </Field>
        <NewPasswordFields
          label={t('password')}
          confirmLabel={t('confirmPassword')}
          password={password}
          passwordInput={register('password')}
          confirmInput={register('confirmPassword')}
          passwordError={errors.password?.message}
          confirmError={errors.confirmPassword?.message}
        />
        <SubmitButton busy={isSubmitting} busyLabel={t('signUp.busy')}>
          {t('signUp.submit')}
        </SubmitButton>
      </CredentialForm>
    </AuthCard>
  );
}
