import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { type Logger } from 'pino';

/**
 * Nest's own logs (and `new Logger(...)` in our code) go through the same pino logger Fastify uses. Fastify owns
 * request logging (request-log.controller.ts) and request-scoped bindings (request-log-context.hook.ts), so
 * nestjs-pino's per-request middleware is not mounted.
 */
@Module({})
export class LoggingModule {
  static forRoot(rootLogger: Logger): DynamicModule {
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot({ useExisting: true, pinoHttp: { logger: rootLogger }, forRoutes: [] })],
    };
  }
}
