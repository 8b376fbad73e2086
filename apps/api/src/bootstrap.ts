import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';
import { Logger, PinoLogger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { type AppConfig } from './config/app-config';
import { clientErrorHandler, createRouterErrorHandler } from './errors/transport-errors';
import { registerShutdownGate } from './health/shutdown-gate';
import { registerLongRunningRoutes } from './http/long-running-routes';
import { registerImportBody } from './imports/import-body';
import { ShutdownState } from './health/shutdown-state';
import { resolveRequestId } from './logging/request-id';
import { registerRequestIdHeader } from './logging/request-id.hook';
import { registerRequestLogContext } from './logging/request-log-context.hook';
import { RequestLogController } from './logging/request-log.controller';
import { createRootLogger } from './logging/root-logger';
import { setupOpenApi } from './openapi/setup-openapi';

// Headers a browser client may send and read across origins.
const CORS_REQUEST_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Request-Id'];
const CORS_EXPOSED_HEADERS = ['X-Request-Id', 'Retry-After', 'Content-Disposition', 'Idempotent-Replayed'];

/**
 * Builds the API exactly as it runs in production (main.ts) and in the e2e suite: Fastify behind the ALB, JSON
 * bodies only and size-limited, security headers, CORS for the configured origins, request ids and logs,
 * OpenAPI docs, graceful shutdown.
 */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const rootLogger = createRootLogger(config);
  const adapter = new FastifyAdapter({
    loggerInstance: rootLogger,
    logController: new RequestLogController(rootLogger),
    genReqId: resolveRequestId,
    trustProxy: toTrustProxyOption(config.http.trustProxy),
    bodyLimit: config.http.bodyLimitBytes,
    // Bounds every request, whatever it waits on (a database that accepts connections but never answers): past
    // this, Fastify answers 503 through the exception filter. A streamed export counts as answered once it starts.
    handlerTimeout: config.http.requestTimeoutMs,
    // Shutdown refusals go through our own hook so they carry the standard error body.
    return503OnClosing: false,
    frameworkErrors: createRouterErrorHandler(rootLogger),
    clientErrorHandler,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, rootLogger),
    adapter,
    {
      bufferLogs: true,
      // Fastify's own JSON parser stays (with bodyLimit); Nest's extra urlencoded parser is not wanted.
      bodyParser: false,
    },
  );
  app.useLogger(app.get(Logger));

  const fastify = app.getHttpAdapter().getInstance();
  // JSON is the only body this API accepts; anything else is 415.
  fastify.removeContentTypeParser('text/plain');
  // …but for the bank files the import routes take as raw bytes.
  registerImportBody(fastify);
  registerRequestIdHeader(fastify);
  registerRequestLogContext(fastify, await app.resolve(PinoLogger));
  registerShutdownGate(fastify, app.get(ShutdownState));
  registerLongRunningRoutes(fastify);

  // Helmet's default security headers on every response, its middleware built once: @fastify/helmet built a new
  // one (parsing the CSP directives again) for every request (BENCHMARKS.md, "Per-request framework cost").
  const securityHeaders = helmet();
  fastify.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, () => done()),
  );
  app.enableCors({
    origin: config.http.corsOrigins.length ? config.http.corsOrigins : false,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: CORS_REQUEST_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    maxAge: 600,
  });
  if (config.docsEnabled) setupOpenApi(app);
  // On SIGTERM: stop accepting, finish in-flight requests, close the pool, exit 0 (useProcessExit flushes logs).
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  return app;
}

/** A hop count becomes "trust the n nearest proxies" (what proxy-addr does with a number). */
function toTrustProxyOption(trustProxy: AppConfig['http']['trustProxy']) {
  return typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy;
}
