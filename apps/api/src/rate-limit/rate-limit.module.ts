import { Module } from '@nestjs/common';
import { FixedWindowStorage } from './fixed-window-storage';
import { IpRateLimitGuard, UserRateLimitGuard } from './rate-limit.guards';

/**
 * Two fixed-window limits, each across all routes: per client IP (checked before authentication, so floods
 * never reach token verification or the database) and per user (after it). Counters live in this process's
 * memory (fixed-window-storage.ts): with N tasks behind the ALB the effective limit is up to N times higher.
 * The guards are registered globally, in their places in the chain, by app.module.ts.
 */
@Module({
  providers: [
    { provide: FixedWindowStorage, useFactory: () => new FixedWindowStorage() },
    IpRateLimitGuard,
    UserRateLimitGuard,
  ],
  exports: [IpRateLimitGuard, UserRateLimitGuard],
})
export class RateLimitModule {}
