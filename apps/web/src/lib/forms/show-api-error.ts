import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { Translate } from '@/i18n/translate';
import { describeError, fieldErrorsFrom } from '@/lib/api/errors';

/**
 * Shows an API failure on a form: each issue the API names a field for beside that field (`fieldFor` renames API
 * fields to the form's, e.g. `amountMinor` → `amount`), and above the form either "fix the fields marked below"
 * (every issue has its field) or the error itself. Typed values stay put. The API's own messages stay as the API
 * wrote them; the rest is worded by `t` (the `apiErrors` messages).
 */
export function showApiError<Form extends FieldValues>(
  t: Translate,
  error: unknown,
  setError: UseFormSetError<Form>,
  formFields: ReadonlyArray<Path<Form>>,
  fieldFor: Partial<Record<string, Path<Form>>> = {},
): void {
  const { fields, unmatched } = fieldErrorsFrom(error, formFields, fieldFor);
  const marked = Object.entries(fields) as Array<[Path<Form>, string]>;
  for (const [field, message] of marked) setError(field, { type: 'server', message });
  setError('root.server' as Path<Form>, {
    type: 'server',
    message: marked.length > 0 && unmatched.length === 0 ? t('fixFields') : describeError(error, t),
  });
}

/** `showApiError` in the page's language. */
export function useShowApiError() {
  const t = useTranslations('apiErrors');
  return useCallback(
    <Form extends FieldValues>(
      error: unknown,
      setError: UseFormSetError<Form>,
      formFields: ReadonlyArray<Path<Form>>,
      fieldFor: Partial<Record<string, Path<Form>>> = {},
    ) => showApiError(t, error, setError, formFields, fieldFor),
    [t],
  );
}
