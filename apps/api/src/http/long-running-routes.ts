import { RouteConfig } from '@nestjs/platform-fastify';
import { type FastifyInstance } from 'fastify';

const LONG_RUNNING = 'spendwise:longRunning';
// Fastify lets a route override the server-wide handler timeout but not opt out of it. Ten minutes: an export of a
// million rows takes a few; anything longer is stuck.
const LONG_RUNNING_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Marks a route whose response streams for longer than REQUEST_TIMEOUT_MS (the CSV export): the server-wide
 * timeout would cut it off mid-stream. Such a route bounds its own waits instead.
 */
export const LongRunning = () => RouteConfig({ [LONG_RUNNING]: true });

/** Gives routes marked @LongRunning() their own, long handler timeout (must run before routes are registered). */
export function registerLongRunningRoutes(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    if ((route.config as Record<string, unknown> | undefined)?.[LONG_RUNNING]) {
      route.handlerTimeout = LONG_RUNNING_TIMEOUT_MS;
    }
  });
}
