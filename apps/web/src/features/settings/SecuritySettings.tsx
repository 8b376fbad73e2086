'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useAuthForm, useAuthSchemas } from '@/features/auth/auth-form';
import { CredentialForm, SubmitButton } from '@/features/auth/CredentialForm';
import { NewPasswordFields } from '@/features/auth/NewPasswordFields';
import { Alert } from '@/components/ui/Alert';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Field } from '@/components/ui/Field';
import type { ChangePasswordForm as ChangePasswordValues } from '@/features/auth/schemas';
import { changeOwnPassword, signOutEverywhere } from '@/features/auth/session';

// Its Amplify MFA calls load after the page, like the charts on the dashboard: most visits never touch it.
const TwoStepVerification = dynamic(
  () => import('./TwoStepVerification').then((module) => module.TwoStepVerification),
  { ssr: false, loading: () => <CheckingTwoStep /> },
);

/**
 * Settings → Security: change the password while signed in, two-step verification, sign out of every browser and
 * device.
 */
function CheckingTwoStep() {
  return <p>{useTranslations('security')('checkingTwoStep')}</p>;
}

export function SecuritySettings() {
  const t = useTranslations('security');
  return (
    <section className="card stack" aria-labelledby="security-heading">
      <h2 id="security-heading">{t('title')}</h2>
      <ChangePassword />
      <TwoStepVerification />
      <SignOutEverywhere />
    </section>
  );
}

function ChangePassword() {
  const t = useTranslations('security');
  const { ChangePasswordForm: ChangePasswordSchema } = useAuthSchemas();
  const [changed, setChanged] = useState(false);
  const {
    register,
    reset,
    control,
    onSubmit,
    serverError,
    formState: { errors, isSubmitting },
  } = useAuthForm<ChangePasswordValues>({
    schema: ChangePasswordSchema,
    defaultValues: { currentPassword: '', password: '', confirmPassword: '' },
    step: 'changePassword',
    fields: ['currentPassword', 'password'],
    submit: async ({ currentPassword, password: newPassword }) => {
      setChanged(false);
      await changeOwnPassword(currentPassword, newPassword);
      reset();
      setChanged(true);
    },
  });
  const password = useWatch({ control, name: 'password' });

  return (
    <div className="stack">
      <h3>{t('changePassword')}</h3>
      {changed && <Alert tone="success">{t('changed')}</Alert>}
      {serverError && <Alert tone="error">{serverError}</Alert>}
      <CredentialForm onSubmit={onSubmit} label={t('changePassword')}>
        <Field id="currentPassword" label={t('currentPassword')} error={errors.currentPassword?.message}>
          {(a11y) => (
            <input
              {...a11y}
              type="password"
              autoComplete="current-password"
              {...register('currentPassword')}
            />
          )}
        </Field>
        <NewPasswordFields
          label={t('newPassword')}
          confirmLabel={t('confirmNewPassword')}
          password={password}
          passwordInput={register('password')}
          confirmInput={register('confirmPassword')}
          passwordError={errors.password?.message}
          confirmError={errors.confirmPassword?.message}
        />
        <SubmitButton busy={isSubmitting} busyLabel={t('changing')} block={false}>
          {t('changePassword')}
        </SubmitButton>
      </CredentialForm>
    </div>
  );
}

function SignOutEverywhere() {
  const t = useTranslations('security');
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);

  const confirm = async () => {
    await signOutEverywhere();
    queryClient.clear();
    router.replace('/signin');
    router.refresh();
  };

  return (
    <div className="stack">
      <h3>{t('signOutEverywhere')}</h3>
      <p>{t('signOutEverywhereBody')}</p>
      <div>
        <button type="button" className="btn" onClick={() => setOpen(true)}>
          {t('signOutEverywhere')}
        </button>
      </div>
      <ConfirmDialog
        open={open}
        title={t('signOutEverywhereQuestion')}
        confirmLabel={t('signOutEverywhere')}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      >
        <p>{t('signOutEverywhereWarning')}</p>
      </ConfirmDialog>
    </div>
  );
}
