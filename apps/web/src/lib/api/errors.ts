/** The API's error contract on the client: one error type, and helpers to show it to people. */
import type { ApiErrorBody, FieldIssue } from '@spendwise/contracts';
import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import type { Translate } from '@/i18n/translate';

export type ApiErrorKind = 'http' | 'network' | 'unauthenticated';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status: number | null = null,
    readonly code: string | null = null,
    readonly details: FieldIssue[] = [],
    readonly requestId: string | null = null,
  ) {
    super(message);
  }

  /** Worth retrying automatically: the network, a 5xx, or rate limiting — never a 4xx the person must fix. */
  get isTransient(): boolean {
    return this.kind === 'network' || (this.status !== null && (this.status >= 500 || this.status === 429));
  }
}

/**
 * Checked by hand rather than with the contract's zod schema: this runs on every page, and zod would add
 * tens of kilobytes to the first load.
 */
function isApiErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null) return false;
  const { statusCode, error, message, details } = body as Record<string, unknown>;
  return (
    typeof statusCode === 'number' &&
    typeof error === 'string' &&
    typeof message === 'string' &&
    (details === undefined ||
      (Array.isArray(details) &&
        details.every(
          (issue: unknown) =>
            typeof issue === 'object' &&
            issue !== null &&
            typeof (issue as FieldIssue).field === 'string' &&
            typeof (issue as FieldIssue).message === 'string',
        )))
  );
}

/** Builds the error for a non-2xx response from the API's `{statusCode,error,message,details,requestId}` body. */
export function apiErrorFromResponse(status: number, body: unknown): ApiError {
  const kind: ApiErrorKind = status === 401 ? 'unauthenticated' : 'http';
  if (!isApiErrorBody(body)) return new ApiError(kind, `The server answered with status ${status}.`, status);
  const requestId = typeof body.requestId === 'string' ? body.requestId : null;
  return new ApiError(kind, body.message, status, body.error, body.details ?? [], requestId);
}

/**
 * One sentence for people, whatever the failure, in their language (`t`: the `apiErrors` messages). A 4xx is the
 * API's own message, passed on as the API wrote it (in English: the API does not know the person's language).
 */
export function describeError(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('unknown');
  if (error.kind === 'network') return t('network');
  if (error.kind === 'unauthenticated') return t('sessionEnded');
  if (error.status === 429) return t('tooMany');
  if (error.status !== null && error.status >= 500) {
    return error.requestId ? t('serverWithReference', { reference: error.requestId }) : t('server');
  }
  return error.message;
}

/** `describeError` in the page's language. */
export function useDescribeError(): (error: unknown) => string {
  const t = useTranslations('apiErrors');
  return useCallback((error: unknown) => describeError(error, t), [t]);
}

/**
 * Maps the API's field issues onto form fields. `fieldFor` renames API fields to form fields (for example
 * `amountMinor` → `amount`); issues for fields the form does not have come back in `unmatched`.
 */
export function fieldErrorsFrom<Field extends string>(
  error: unknown,
  formFields: readonly Field[],
  fieldFor: Partial<Record<string, Field>> = {},
): { fields: Partial<Record<Field, string>>; unmatched: string[] } {
  const fields: Partial<Record<Field, string>> = {};
  const unmatched: string[] = [];
  if (!(error instanceof ApiError)) return { fields, unmatched };
  for (const issue of error.details) {
    const apiField = issue.field.split('.')[0] ?? issue.field;
    const field = fieldFor[apiField] ?? formFields.find((name) => name === apiField);
    if (!field) unmatched.push(`${issue.field} ${issue.message}`);
    else fields[field] ??= capitalise(issue.message);
  }
  return { fields, unmatched };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
