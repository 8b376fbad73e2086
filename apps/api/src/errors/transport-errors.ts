import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { type Duplex } from 'node:stream';
import { ErrorCode } from '@spendwise/contracts';
import { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import { type Logger } from 'pino';
import { logRequestCompleted } from '../logging/request-log.controller';
import { DomainError } from './domain-error';
import { errorBody } from './error-body';
import { HTTP_STATUS_BY_CODE } from './error-status';

/**
 * Errors that happen before Nest sees the request, so the exception filter never does: Fastify's router refusing a
 * URL (`frameworkErrors`) and Node's HTTP parser refusing the bytes (`clientErrorHandler`). Both answer with the one
 * error body instead of Fastify's or Node's own, and never echo the offending URL back.
 */
export function createRouterErrorHandler(logger: Logger) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const mapped = routerError(error);
    reply.raw.once('finish', () => logRequestCompleted(logger, request, reply));
    void reply
      .status(HTTP_STATUS_BY_CODE[mapped.code])
      .header('x-request-id', request.id)
      .header('content-type', 'application/json; charset=utf-8')
      .send(errorBody(mapped, String(request.id)));
  };
}

function routerError(error: FastifyError): DomainError {
  if (error.code === 'FST_ERR_BAD_URL') {
    return new DomainError(ErrorCode.ValidationFailed, 'The URL is not valid (bad percent-encoding)');
  }
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return new DomainError(ErrorCode.ValidationFailed, 'A path parameter is too long');
  }
  return new DomainError(
    ErrorCode.Internal,
    'Something went wrong on our side; the request id helps us find it',
  );
}

export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const mapped =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? new DomainError(ErrorCode.PayloadTooLarge, 'The request line or headers are too large')
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new DomainError(ErrorCode.ValidationFailed, 'The request took too long to arrive')
        : new DomainError(ErrorCode.ValidationFailed, 'The request is not valid HTTP');
  const requestId = randomUUID();
  const status = HTTP_STATUS_BY_CODE[mapped.code];
  const body = JSON.stringify(errorBody(mapped, requestId));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
