import { type FastifyInstance } from 'fastify';

/** Echoes the request id (the caller's X-Request-Id when acceptable, see request-id.ts) on every response. */
export function registerRequestIdHeader(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
}
