// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { authSchemas, type TotpCodeForm as TotpCodeValues } from '@/features/auth/schemas';
import { act, renderHook, waitFor } from '@/test/render';
import { translator } from '@/test/translate';
import { useAuthForm } from './auth-form';

const { TotpCodeForm } = authSchemas(translator('validation'));

const cognitoError = (name: string) => Object.assign(new Error(`${name} from Cognito`), { name });

function renderAuthForm(submit: (values: TotpCodeValues) => Promise<void>, onRestart?: (m: string) => void) {
  return renderHook(() =>
    useAuthForm<TotpCodeValues>({
      schema: TotpCodeForm,
      defaultValues: { code: '123456' },
      step: 'signInTotp',
      fields: ['code'],
      submit,
      ...(onRestart && { onRestart }),
    }),
  );
}

async function submitForm(result: { current: ReturnType<typeof renderAuthForm>['result']['current'] }) {
  await act(async () => {
    await result.current.onSubmit();
  });
}

describe('useAuthForm', () => {
  it('submits the parsed values once they are valid', async () => {
    const submit = vi.fn(async () => {});
    const { result } = renderAuthForm(submit);
    await submitForm(result);
    expect(submit).toHaveBeenCalledWith({ code: '123456' });
    expect(result.current.serverError).toBeUndefined();
  });

  it("shows Cognito's reason on the field it concerns", async () => {
    const { result } = renderAuthForm(() => Promise.reject(cognitoError('CodeMismatchException')));
    await submitForm(result);
    await waitFor(() => expect(result.current.formState.errors.code?.message).toMatch(/code/i));
    expect(result.current.serverError).toBeUndefined();
  });

  it('shows a reason that concerns no field above the form', async () => {
    const { result } = renderAuthForm(() => Promise.reject(cognitoError('TooManyRequestsException')));
    await submitForm(result);
    await waitFor(() => expect(result.current.serverError).toBeTruthy());
    expect(result.current.formState.errors.code).toBeUndefined();
  });

  it('hands a failure that needs a fresh start to onRestart instead of showing it', async () => {
    const onRestart = vi.fn();
    const { result } = renderAuthForm(
      () => Promise.reject(cognitoError('NotAuthorizedException')),
      onRestart,
    );
    await submitForm(result);
    expect(onRestart).toHaveBeenCalledWith(expect.stringMatching(/sign in again/i));
    expect(result.current.serverError).toBeUndefined();
    expect(result.current.formState.errors.code).toBeUndefined();
  });
});

describe('useAuthForm in German', () => {
  it("words Cognito's reason in the page's language", async () => {
    const { result } = renderHook(
      () =>
        useAuthForm<TotpCodeValues>({
          schema: TotpCodeForm,
          defaultValues: { code: '123456' },
          step: 'signIn',
          fields: ['code'],
          submit: () => Promise.reject(cognitoError('NotAuthorizedException')),
        }),
      { locale: 'de' },
    );
    await submitForm(result);
    await waitFor(() => expect(result.current.serverError).toBe('E-Mail-Adresse oder Passwort ist falsch.'));
  });
});
