'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useAuthForm, useAuthSchemas } from '@/features/auth/auth-form';
import { CodeField } from '@/features/auth/CodeField';
import { CredentialForm, SubmitButton } from '@/features/auth/CredentialForm';
import { TotpEnrolmentKey } from '@/features/auth/TotpEnrolmentKey';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';
import type {
  ConfirmPasswordForm as ConfirmPasswordValues,
  TotpCodeForm as TotpCodeValues,
} from '@/features/auth/schemas';
import {
  finishTotpEnrolment,
  isTwoStepOn,
  startTotpEnrolment,
  turnTwoStepOff,
  type TotpEnrolment,
} from '@/features/auth/two-step';

type State =
  | { kind: 'loading' }
  | { kind: 'off'; notice?: string }
  | { kind: 'enrolling'; enrolment: TotpEnrolment }
  | { kind: 'on'; notice?: string }
  | { kind: 'turning-off' }
  | { kind: 'error' };

/** Settings → Security: an authenticator app (TOTP) as a second sign-in step, set up and turned off here. */
export function TwoStepVerification() {
  const t = useTranslations('security');
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    isTwoStepOn().then(
      (on) => live && setState({ kind: on ? 'on' : 'off' }),
      () => live && setState({ kind: 'error' }),
    );
    return () => {
      live = false;
    };
  }, []);

  const start = async () => {
    setStarting(true);
    setStartError(null);
    try {
      setState({ kind: 'enrolling', enrolment: await startTotpEnrolment() });
    } catch {
      setStartError(t('startFailed'));
    } finally {
      setStarting(false);
    }
  };

  return (
    <div className="stack">
      <h3>{t('twoStep')}</h3>
      {state.kind === 'loading' && <p>{t('checking')}</p>}
      {state.kind === 'error' && <Alert tone="error">{t('loadFailed')}</Alert>}
      {state.kind === 'off' && (
        <>
          {state.notice && <Alert tone="success">{state.notice}</Alert>}
          {startError && <Alert tone="error">{startError}</Alert>}
          <p>{t('off')}</p>
          <div>
            <button type="button" className="btn" onClick={start} disabled={starting}>
              {starting ? t('preparing') : t('setUp')}
            </button>
          </div>
        </>
      )}
      {state.kind === 'enrolling' && (
        <Enrol
          enrolment={state.enrolment}
          onDone={() => setState({ kind: 'on', notice: t('nowOn') })}
          onCancel={() => setState({ kind: 'off' })}
        />
      )}
      {state.kind === 'on' && (
        <>
          {state.notice && <Alert tone="success">{state.notice}</Alert>}
          <p>{t('on')}</p>
          <div>
            <button type="button" className="btn" onClick={() => setState({ kind: 'turning-off' })}>
              {t('turnOffTwoStep')}
            </button>
          </div>
        </>
      )}
      {state.kind === 'turning-off' && (
        <TurnOff
          onDone={() => setState({ kind: 'off', notice: t('nowOff') })}
          onCancel={() => setState({ kind: 'on' })}
        />
      )}
    </div>
  );
}

function Enrol({
  enrolment,
  onDone,
  onCancel,
}: {
  enrolment: TotpEnrolment;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations('security');
  const tCommon = useTranslations('common');
  const { TotpCodeForm: TotpCodeSchema } = useAuthSchemas();
  const {
    register,
    onSubmit,
    serverError,
    formState: { errors, isSubmitting },
  } = useAuthForm<TotpCodeValues>({
    schema: TotpCodeSchema,
    defaultValues: { code: '' },
    step: 'setUpTotp',
    fields: ['code'],
    submit: async ({ code }) => {
      await finishTotpEnrolment(code);
      onDone();
    },
  });

  return (
    <div className="stack">
      <TotpEnrolmentKey enrolment={enrolment} />
      {serverError && <Alert tone="error">{serverError}</Alert>}
      <CredentialForm onSubmit={onSubmit} label={t('confirmApp')}>
        <CodeField
          id="totp-setup-code"
          label={t('codeFromApp')}
          error={errors.code?.message}
          input={register('code')}
        />
        <div className="row">
          <SubmitButton busy={isSubmitting} busyLabel={t('checking')} block={false}>
            {t('turnOn')}
          </SubmitButton>
          <button type="button" className="btn" onClick={onCancel}>
            {tCommon('cancel')}
          </button>
        </div>
      </CredentialForm>
    </div>
  );
}

function TurnOff({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const t = useTranslations();
  const { ConfirmPasswordForm: ConfirmPasswordSchema } = useAuthSchemas();
  const {
    register,
    onSubmit,
    serverError,
    formState: { errors, isSubmitting },
  } = useAuthForm<ConfirmPasswordValues>({
    schema: ConfirmPasswordSchema,
    defaultValues: { password: '' },
    step: 'turnOffTwoStep',
    fields: ['password'],
    submit: async ({ password }) => {
      await turnTwoStepOff(password);
      onDone();
    },
  });

  return (
    <div className="stack">
      <p>{t('security.turnOffPrompt')}</p>
      {serverError && <Alert tone="error">{serverError}</Alert>}
      <CredentialForm onSubmit={onSubmit} label={t('security.turnOffTwoStep')}>
        <Field id="two-step-password" label={t('security.password')} error={errors.password?.message}>
          {(a11y) => (
            <input {...a11y} type="password" autoComplete="current-password" {...register('password')} />
          )}
        </Field>
        <div className="row">
          <SubmitButton busy={isSubmitting} busyLabel={t('security.turningOff')} block={false}>
            {t('security.turnOff')}
          </SubmitButton>
          <button type="button" className="btn" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </CredentialForm>
    </div>
  );
}
