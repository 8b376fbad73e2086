import { type ApiErrorBody } from '@spendwise/contracts';
import { type DomainError } from './domain-error';
import { HTTP_STATUS_BY_CODE } from './error-status';

/** The one error body: `{ statusCode, error, message, details?, requestId }`. */
export function errorBody(error: DomainError, requestId: string): ApiErrorBody {
  return {
    statusCode: HTTP_STATUS_BY_CODE[error.code],
    error: error.code,
    message: error.message,
    ...(error.details?.length ? { details: error.details } : {}),
    requestId,
  };
}
