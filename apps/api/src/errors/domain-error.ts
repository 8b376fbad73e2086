import { ErrorCode, type FieldIssue } from '@spendwise/contracts';

/**
 * An error the API means to return. It carries a stable code; the HTTP status comes from the one table in
 * `error-status.ts`, and the one exception filter writes the body. Services throw these and never see HTTP.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldIssue[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationFailedError extends DomainError {
  constructor(details: FieldIssue[], message = 'The request is not valid') {
    super(ErrorCode.ValidationFailed, message, details);
  }
}

/** "Not found" for absent resources and for other people's: the two must be indistinguishable. */
export class NotFoundError extends DomainError {
  constructor(resource: string) {
    super(ErrorCode.NotFound, `${resource} not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details?: FieldIssue[]) {
    super(ErrorCode.Conflict, message, details);
  }
}

/**
 * Every authentication failure looks the same to the client (no hint about which check failed); only the
 * `WWW-Authenticate` challenge differs, as RFC 6750 asks: no error code when no token was sent.
 */
export class UnauthenticatedError extends DomainError {
  constructor(readonly challenge: string) {
    super(ErrorCode.Unauthenticated, 'Authentication required: send a valid access token as a Bearer token');
  }
}

/** A dependency (database, Cognito) is unreachable; the client may retry later. */
export class ServiceUnavailableError extends DomainError {
  constructor(message = 'The service is temporarily unavailable, please retry shortly') {
    super(ErrorCode.ServiceUnavailable, message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(ErrorCode.RateLimited, 'Too many requests, please slow down');
  }
}
