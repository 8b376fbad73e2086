'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useAuthForm, useAuthSchemas } from '@/features/auth/auth-form';
import { CredentialForm, SubmitButton } from '@/features/auth/CredentialForm';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';
import { useDescribeError } from '@/lib/api/errors';
import { api } from '@/lib/api/resources';
import { DELETE_CONFIRMATION, type DeleteAccountForm as DeleteAccountValues } from '@/features/auth/schemas';
import { signOutOfThisDevice, verifyOwnPassword } from '@/features/auth/session';
import { saveBlob } from '@/lib/download';

const ACCOUNT_DELETED_PATH = '/account-deleted';

/** Settings → Your data: download everything stored about you, or delete the account. */
export function YourData() {
  const t = useTranslations('yourData');
  return (
    <section className="card stack" aria-labelledby="your-data-heading">
      <h2 id="your-data-heading">{t('title')}</h2>
      <ExportData />
      <DeleteAccount />
    </section>
  );
}

function ExportData() {
  const t = useTranslations('yourData');
  const describeError = useDescribeError();
  const [state, setState] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });

  const download = async () => {
    setState({ busy: true, error: null });
    try {
      saveBlob(await api.exportAccount(), `spendwise-export-${new Date().toISOString().slice(0, 10)}.zip`);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error });
    }
  };

  return (
    <div className="stack">
      <h3>{t('download')}</h3>
      <p>{t('downloadBody')}</p>
      {state.error !== null && (
        <Alert tone="error" title={t('downloadFailed')}>
          {describeError(state.error)}
        </Alert>
      )}
      <div>
        <button type="button" className="btn" onClick={download} disabled={state.busy}>
          {state.busy ? t('preparing') : t('download')}
        </button>
      </div>
    </div>
  );
}

/**
 * The password is checked with Cognito first (verifyOwnPassword), so a wrong one deletes nothing. Then the API's
 * DELETE /me removes every row and the Cognito user in one transaction — not Amplify's deleteUser, which would
 * remove the Cognito user and leave the rows behind. Only then is this browser's session cleared.
 */
function DeleteAccount() {
  const t = useTranslations();
  const { DeleteAccountForm: DeleteAccountSchema } = useAuthSchemas();
  const describeError = useDescribeError();
  const router = useRouter();
  const queryClient = useQueryClient();
  const {
    register,
    setError,
    onSubmit,
    serverError,
    formState: { errors, isSubmitting },
  } = useAuthForm<DeleteAccountValues>({
    schema: DeleteAccountSchema,
    defaultValues: { currentPassword: '', confirmation: '' },
    step: 'changePassword',
    fields: ['currentPassword'],
    submit: async ({ currentPassword }) => {
      await verifyOwnPassword(currentPassword);
      try {
        await api.deleteMe();
      } catch (error) {
        // The API's refusal, in the API's words (not a Cognito problem).
        setError('root.server', { type: 'server', message: describeError(error) });
        return;
      }
      // The refresh token died with the Cognito user; signing out now only clears this browser's cookies.
      await signOutOfThisDevice();
      queryClient.clear();
      router.replace(ACCOUNT_DELETED_PATH);
      router.refresh();
    },
  });

  return (
    <div className="stack">
      <h3>{t('yourData.delete')}</h3>
      <p>{t('yourData.deleteBody')}</p>
      {serverError && <Alert tone="error">{serverError}</Alert>}
      <CredentialForm onSubmit={onSubmit} label={t('yourData.delete')}>
        <Field
          id="delete-password"
          label={t('yourData.yourPassword')}
          error={errors.currentPassword?.message}
        >
          {(a11y) => (
            <input
              {...a11y}
              type="password"
              autoComplete="current-password"
              {...register('currentPassword')}
            />
          )}
        </Field>
        <Field
          id="delete-confirmation"
          label={t('validation.typeToConfirm', { word: DELETE_CONFIRMATION })}
          error={errors.confirmation?.message}
        >
          {(a11y) => <input {...a11y} type="text" autoComplete="off" {...register('confirmation')} />}
        </Field>
        <SubmitButton busy={isSubmitting} busyLabel={t('yourData.deleting')} block={false} danger>
          {t('yourData.deleteMine')}
        </SubmitButton>
      </CredentialForm>
    </div>
  );
}
