import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import { ErrorCode } from '@spendwise/contracts';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { DomainError, RateLimitedError, ServiceUnavailableError, UnauthenticatedError } from './domain-error';
import { errorBody } from './error-body';
import { HTTP_STATUS_BY_CODE } from './error-status';
import { mapFrameworkError } from './framework-error.mapper';
import { mapPrismaError } from './prisma-error.mapper';

/** How long a client should wait before retrying after a 503. */
const RETRY_AFTER_UNAVAILABLE_SECONDS = 5;

/**
 * `dependency` of the warning logged when the database (Prisma or the pg driver below it) could not serve a
 * request: unreachable, refused the login, closed the connection, too many connections. The log group's metric
 * filter `{ $.dependency = "database" }` counts these lines for the database-connection alarm
 * (infrastructure/modules/observability): keep the field and value, or change both together.
 */
export const DATABASE_DEPENDENCY = 'database';

/**
 * The one place an error becomes a response: `{ statusCode, error, message, details?, requestId }`.
 * Anything not recognised is a bug on our side: a 500 that says nothing internal, logged with its stack.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const error = this.toDomainError(exception);
    const statusCode = HTTP_STATUS_BY_CODE[error.code];

    if (statusCode >= 500) this.log(exception, error);
    if (reply.sent || reply.raw.headersSent) {
      // A streamed response (the CSV export) failed half-way: the status is gone; cut the connection so the
      // client sees a truncated download rather than a silently short file.
      reply.raw.destroy();
      return;
    }

    if (error instanceof UnauthenticatedError) reply.header('www-authenticate', error.challenge);
    if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
    if (error instanceof ServiceUnavailableError)
      reply.header('retry-after', String(RETRY_AFTER_UNAVAILABLE_SECONDS));

    void reply
      .status(statusCode)
      .header('content-type', 'application/json; charset=utf-8')
      .send(errorBody(error, String(request.id)));
  }

  private toDomainError(exception: unknown): DomainError {
    if (exception instanceof DomainError) return exception;
    return (
      mapPrismaError(exception) ??
      mapFrameworkError(exception) ??
      new DomainError(ErrorCode.Internal, 'Something went wrong on our side; the request id helps us find it')
    );
  }

  private log(exception: unknown, error: DomainError): void {
    if (error.code === ErrorCode.ServiceUnavailable) {
      const reason =
        exception instanceof Error ? exception.message.split('\n').filter(Boolean).pop() : undefined;
      // Other dependencies (Cognito, the JWKS) throw their own ServiceUnavailableError and carry no field.
      const dependency = mapPrismaError(exception) ? DATABASE_DEPENDENCY : undefined;
      this.logger.warn({ code: error.code, dependency, reason }, 'dependency unavailable');
      return;
    }
    this.logger.error({ err: exception }, 'unhandled error');
  }
}
