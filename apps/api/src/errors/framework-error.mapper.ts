import { HttpException } from '@nestjs/common';
import { ErrorCode } from '@spendwise/contracts';
import { DomainError } from './domain-error';

/** Fastify's own request errors (body parsing, limits) that reach the filter before any handler runs. */
const FASTIFY_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: ErrorCode.MalformedJson,
    message: 'The request body is not valid JSON',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: ErrorCode.MalformedJson,
    message: 'The request says it sends JSON but its body is empty',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: ErrorCode.PayloadTooLarge, message: 'The request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: ErrorCode.UnsupportedMediaType,
    message: 'Send the request body as application/json',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: ErrorCode.ValidationFailed,
    message: 'The Content-Length header does not match the body',
  },
  FST_ERR_CTP_INVALID_TYPE: {
    code: ErrorCode.UnsupportedMediaType,
    message: 'The Content-Type header is invalid',
  },
};

const CODE_BY_STATUS: Record<number, { code: ErrorCode; message: string }> = {
  400: { code: ErrorCode.ValidationFailed, message: 'The request is not valid' },
  401: { code: ErrorCode.Unauthenticated, message: 'Authentication required' },
  403: { code: ErrorCode.Forbidden, message: 'Not allowed' },
  404: { code: ErrorCode.NotFound, message: 'Not found' },
  405: { code: ErrorCode.NotFound, message: 'Not found' },
  409: { code: ErrorCode.Conflict, message: 'Conflict' },
  413: { code: ErrorCode.PayloadTooLarge, message: 'The request body is too large' },
  415: { code: ErrorCode.UnsupportedMediaType, message: 'Send the request body as application/json' },
  429: { code: ErrorCode.RateLimited, message: 'Too many requests, please slow down' },
  503: { code: ErrorCode.ServiceUnavailable, message: 'The service is temporarily unavailable' },
};

/**
 * Errors raised by the framework rather than by our code — an unknown route (Nest's NotFoundException), a
 * malformed or oversized body (Fastify) — turned into domain errors so they share the one error body.
 * Their own messages are not passed through: they can echo request details.
 */
export function mapFrameworkError(error: unknown): DomainError | undefined {
  // Nest wraps Fastify's 4xx errors in an HttpException; the original (with its code) is the cause.
  const original = error instanceof HttpException && error.cause instanceof Error ? error.cause : error;
  const fastifyCode = (original as { code?: unknown } | undefined)?.code;
  if (typeof fastifyCode === 'string' && FASTIFY_ERRORS[fastifyCode]) {
    const { code, message } = FASTIFY_ERRORS[fastifyCode];
    return new DomainError(code, message);
  }
  // JSON.parse failures (and prototype-poisoning refusals) surface as a SyntaxError marked 400.
  if (original instanceof SyntaxError && (original as { statusCode?: unknown }).statusCode === 400) {
    return new DomainError(ErrorCode.MalformedJson, 'The request body is not valid JSON');
  }
  const status =
    error instanceof HttpException
      ? error.getStatus()
      : (original as { statusCode?: unknown } | undefined)?.statusCode;
  if (status === 404) return new DomainError(ErrorCode.NotFound, 'No such route');
  if (typeof status !== 'number' || !CODE_BY_STATUS[status]) return undefined;
  const { code, message } = CODE_BY_STATUS[status];
  return new DomainError(code, message);
}
