/** The API's error contract on the client: one error type, and helpers to show it to people. */
import type { ApiErrorBody, FieldIssue } from '@spendwise/contracts';

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

/** One sentence for people, whatever the failure. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Please try again.';
  if (error.kind === 'network')
    return 'We can’t reach SpendWise right now. Check your connection and try again.';
  if (error.kind === 'unauthenticated') return 'Your session has ended. Please sign in again.';
  if (error.status === 429) return 'Too many requests — please wait a moment and try again.';
  if (error.status !== null && error.status >= 500) {
    return `SpendWise had a problem on its side${error.requestId ? ` (reference ${error.requestId})` : ''}. Please try again.`;
  }
  return error.message;
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
