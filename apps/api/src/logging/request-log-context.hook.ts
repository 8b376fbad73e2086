import { type FastifyInstance } from 'fastify';
import { type PinoLogger } from 'nestjs-pino';

/**
 * Makes every log written while handling a request carry its `requestId`. nestjs-pino binds the request context in
 * a middleware, but on Fastify that async context does not survive to the handler (fastify/middie#124), so it is
 * bound here, in the last hook before Nest's guards and handler run.
 */
export function registerRequestLogContext(fastify: FastifyInstance, logger: PinoLogger): void {
  fastify.addHook('preHandler', (request, _reply, done) => {
    logger.runInContext(() => done(), { bindings: { requestId: request.id } });
  });
}
