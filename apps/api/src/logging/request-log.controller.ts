import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import { type Logger } from 'pino';

/**
 * Fastify's request logging, reduced to one JSON line per request when the response is done: requestId, userId,
 * method, route, status, durationMs. The line holds the route pattern (`/expenses/:id`), never the URL (query
 * strings carry search text) nor headers (they carry tokens).
 */
export class RequestLogController extends LogController {
  constructor(private readonly logger: Logger) {
    super({ requestIdLogLabel: 'requestId' });
  }

  override incomingRequest(): void {
    // One line per request: only the completion is logged.
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    logRequestCompleted(this.logger, request, reply, error);
  }
}

/** The one line written when a request is done (also for requests the router refused before any hook ran). */
export function logRequestCompleted(
  logger: Logger,
  request: FastifyRequest,
  reply: FastifyReply,
  error?: Error | null,
): void {
  const status = reply.statusCode;
  logger[error || status >= 500 ? 'error' : 'info'](
    {
      requestId: request.id,
      userId: request.user?.id ?? null,
      method: request.method,
      route: request.routeOptions?.url ?? null,
      status,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      ...(error && { err: error }),
    },
    'request completed',
  );
}
