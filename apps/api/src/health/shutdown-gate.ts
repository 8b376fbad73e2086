import { type FastifyInstance } from 'fastify';
import { ServiceUnavailableError } from '../errors/domain-error';
import { type ShutdownState } from './shutdown-state';

/**
 * While shutting down: new requests get a 503 (standard error body), and every response — including those of
 * requests already in flight — closes its connection, so keep-alive sockets do not hold the server open until
 * their idle timeout and the process exits as soon as the last request is done.
 */
export function registerShutdownGate(fastify: FastifyInstance, shutdown: ShutdownState): void {
  fastify.addHook('onRequest', (_request, _reply, done) => {
    if (!shutdown.isDraining) return done();
    done(new ServiceUnavailableError('The server is shutting down; please retry'));
  });
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (shutdown.isDraining) void reply.header('connection', 'close');
    done(null, payload);
  });
}
