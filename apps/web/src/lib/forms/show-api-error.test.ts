import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/errors';
import { translator } from '@/test/translate';
import { showApiError } from './show-api-error';

const t = translator('apiErrors');

type Form = { amount: string; date: string };

/** setError as react-hook-form calls it back: which field, which message. */
function recorder() {
  const shown: Record<string, string | undefined> = {};
  const setError = (field: string, error: { message?: string }) => {
    shown[field] = error.message;
  };
  return { shown, setError };
}

const invalid = (details: Array<{ field: string; message: string }>) =>
  new ApiError('http', 'The request is invalid.', 400, 'VALIDATION_FAILED', details);

describe('showApiError', () => {
  it('marks each field the API names (renamed to the form’s), and asks above the form to fix them', () => {
    const { shown, setError } = recorder();
    showApiError<Form>(
      t,
      invalid([
        { field: 'amountMinor', message: 'must be positive' },
        { field: 'date', message: 'is in the future' },
      ]),
      setError,
      ['amount', 'date'],
      { amountMinor: 'amount' },
    );
    expect(shown).toEqual({
      amount: 'Must be positive',
      date: 'Is in the future',
      'root.server': 'Please fix the fields marked below.',
    });
  });

  it('says what went wrong above the form when an issue has no field here, or the error is not a field issue', () => {
    const partly = recorder();
    showApiError<Form>(
      t,
      invalid([
        { field: 'date', message: 'is in the future' },
        { field: 'categoryId', message: 'does not exist' },
      ]),
      partly.setError,
      ['amount', 'date'],
    );
    expect(partly.shown.date).toBe('Is in the future');
    expect(partly.shown['root.server']).not.toBe('Please fix the fields marked below.');
    expect(partly.shown['root.server']).toBeTruthy();

    const network = recorder();
    showApiError<Form>(t, new ApiError('network', 'offline'), network.setError, ['amount', 'date']);
    expect(Object.keys(network.shown)).toEqual(['root.server']);
    expect(network.shown['root.server']).toBeTruthy();
  });
});
