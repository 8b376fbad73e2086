'use client';
import { useQueryClient } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useAuthForm } from '@/components/auth/auth-form';
import { CredentialForm, SubmitButton } from '@/components/auth/CredentialForm';
import { NewPasswordFields } from '@/components/auth/NewPasswordFields';
import { Alert } from '@/components/ui/Alert';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Field } from '@/components/ui/Field';
import {
  ChangePasswordForm as ChangePasswordSchema,
  type ChangePasswordForm as ChangePasswordValues,
} from '@/lib/auth/schemas';
import { changeOwnPassword, signOutEverywhere } from '@/lib/auth/session';

// Its Amplify MFA calls load after the page, like the charts on the dashboard: most visits never touch it.
const TwoStepVerification = dynamic(
  () => import('./TwoStepVerification').then((module) => module.TwoStepVerification),
  { ssr: false, loading: () => <p>Checking two-step verification…</p> },
);

/**
 * Settings → Security: change the password while signed in, two-step verification, sign out of every browser and
 * device.
 */
export function SecuritySettings() {
  return (
    <section className="card stack" aria-labelledby="security-heading">
      <h2 id="security-heading">Security</h2>
      <ChangePassword />
      <TwoStepVerification />
      <SignOutEverywhere />
    </section>
  );
}

function ChangePassword() {
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
      <h3>Change password</h3>
      {changed && <Alert tone="success">Your password has been changed.</Alert>}
      {serverError && <Alert tone="error">{serverError}</Alert>}
      <CredentialForm onSubmit={onSubmit} label="Change password">
        <Field id="currentPassword" label="Current password" error={errors.currentPassword?.message}>
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
          label="New password"
          password={password}
          passwordInput={register('password')}
          confirmInput={register('confirmPassword')}
          passwordError={errors.password?.message}
          confirmError={errors.confirmPassword?.message}
        />
        <SubmitButton busy={isSubmitting} busyLabel="Changing…" block={false}>
          Change password
        </SubmitButton>
      </CredentialForm>
    </div>
  );
}

function SignOutEverywhere() {
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
      <h3>Sign out everywhere</h3>
      <p>Ends your sessions in every browser and on every device, this one included.</p>
      <div>
        <button type="button" className="btn" onClick={() => setOpen(true)}>
          Sign out everywhere
        </button>
      </div>
      <ConfirmDialog
        open={open}
        title="Sign out everywhere?"
        confirmLabel="Sign out everywhere"
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      >
        <p>You will need to sign in again on every browser and device, including this one.</p>
      </ConfirmDialog>
    </div>
  );
}
