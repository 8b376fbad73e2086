import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { type FastifyRequest } from 'fastify';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { FixedWindowStorage } from './fixed-window-storage';

export const IP_THROTTLER = 'ip';
export const USER_THROTTLER = 'user';

/**
 * Two fixed-window limits, each across all routes: per client IP (checked before authentication, so floods
 * never reach token verification or the database) and per user (after it). Counters live in this process's
 * memory (fixed-window-storage.ts): with N tasks behind the ALB the effective limit is up to N times higher.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: ({ rateLimit }: AppConfig) => ({
        setHeaders: false,
        storage: new FixedWindowStorage(),
        generateKey: (_context, tracker, throttlerName) => `${throttlerName}:${tracker}`,
        throttlers: [
          { name: IP_THROTTLER, ttl: rateLimit.windowSeconds * 1000, limit: rateLimit.perIp },
          {
            name: USER_THROTTLER,
            ttl: rateLimit.windowSeconds * 1000,
            limit: rateLimit.perUser,
            getTracker: (request) => (request as FastifyRequest).user?.id ?? '',
          },
        ],
      }),
    }),
  ],
})
export class RateLimitModule {}
