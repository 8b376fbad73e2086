'use client';
import { useEffect, useState } from 'react';
import { useAuthForm } from '@/components/auth/auth-form';
import { CodeField } from '@/components/auth/CodeField';
import { CredentialForm, SubmitButton } from '@/components/auth/CredentialForm';
import { TotpEnrolmentKey } from '@/components/auth/TotpEnrolmentKey';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';
import {
  ConfirmPasswordForm as ConfirmPasswordSchema,
  TotpCodeForm as TotpCodeSchema,
  type ConfirmPasswordForm as ConfirmPasswordValues,
  type TotpCodeForm as TotpCodeValues,
} from '@/lib/auth/schemas';
import {
  finishTotpEnrolment,
  isTwoStepOn,
  startTotpEnrolment,
  turnTwoStepOff,
  type TotpEnrolment,
} from '@/lib/auth/two-step';

type State =
  | { kind: 'loading' }
  | { kind: 'off'; notice?: string }
  | { kind: 'enrolling'; enrolment: TotpEnrolment }
  | { kind: 'on'; notice?: string }
  | { kind: 'turning-off' }
  | { kind: 'error' };

/** Settings → Security: an authenticator app (TOTP) as a second sign-in step, set up and turned off here. */
export function TwoStepVerification() {
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
      setStartError('We could not start the set-up. Please try again.');
    } finally {
      setStarting(false);
    }
  };

  return (
    <div className="stack">
      <h3>Two-step verification</h3>
      {state.kind === 'loading' && <p>Checking…</p>}
      {state.kind === 'error' && (
        <Alert tone="error">We could not load this setting. Reload the page to try again.</Alert>
      )}
      {state.kind === 'off' && (
        <>
          {state.notice && <Alert tone="success">{state.notice}</Alert>}
          {startError && <Alert tone="error">{startError}</Alert>}
          <p>
            Off. Turn it on to be asked, after your password, for a code from an authenticator app on your
            phone.
          </p>
          <div>
            <button type="button" className="btn" onClick={start} disabled={starting}>
              {starting ? 'Preparing…' : 'Set up an authenticator app'}
            </button>
          </div>
        </>
      )}
      {state.kind === 'enrolling' && (
        <Enrol
          enrolment={state.enrolment}
          onDone={() => setState({ kind: 'on', notice: 'Two-step verification is on.' })}
          onCancel={() => setState({ kind: 'off' })}
        />
      )}
      {state.kind === 'on' && (
        <>
          {state.notice && <Alert tone="success">{state.notice}</Alert>}
          <p>On. Signing in asks for a code from your authenticator app after your password.</p>
          <div>
            <button type="button" className="btn" onClick={() => setState({ kind: 'turning-off' })}>
              Turn off two-step verification
            </button>
          </div>
        </>
      )}
      {state.kind === 'turning-off' && (
        <TurnOff
          onDone={() => setState({ kind: 'off', notice: 'Two-step verification is off.' })}
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
      <CredentialForm onSubmit={onSubmit} label="Confirm authenticator app">
        <CodeField
          id="totp-setup-code"
          label="Code from the app"
          error={errors.code?.message}
          input={register('code')}
        />
        <div className="row">
          <SubmitButton busy={isSubmitting} busyLabel="Checking…" block={false}>
            Turn on
          </SubmitButton>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </CredentialForm>
    </div>
  );
}

function TurnOff({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
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
      <p>Enter your password to turn two-step verification off.</p>
      {serverError && <Alert tone="error">{serverError}</Alert>}
      <CredentialForm onSubmit={onSubmit} label="Turn off two-step verification">
        <Field id="two-step-password" label="Password" error={errors.password?.message}>
          {(a11y) => (
            <input {...a11y} type="password" autoComplete="current-password" {...register('password')} />
          )}
        </Field>
        <div className="row">
          <SubmitButton busy={isSubmitting} busyLabel="Turning off…" block={false}>
            Turn off
          </SubmitButton>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </CredentialForm>
    </div>
  );
}
