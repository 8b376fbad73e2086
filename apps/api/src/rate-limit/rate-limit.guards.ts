import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { normalizeIp } from '@nestjs/throttler';
import { type FastifyRequest } from 'fastify';
import { type AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { RateLimitedError } from '../errors/domain-error';
import { type RouteFlag, routeFlag } from '../http/route-flag';
import { FixedWindowStorage } from './fixed-window-storage';
import { SKIP_RATE_LIMITS } from './skip-rate-limits.decorator';

export const IP_LIMIT = 'ip';
export const USER_LIMIT = 'user';

/**
 * One fixed-window limit, applied at its own point in the guard chain (app.module.ts). Synchronous: the counter
 * answers at once and a route's opt-out is read once, so Nest runs the guard without an `await`
 * (BENCHMARKS.md, "Guards without awaits"). Past the limit: RateLimitedError, a 429 with Retry-After.
 *
 * These replaced @nestjs/throttler's guards, which on every request looked up five route settings per limit
 * (custom limit, window, block duration, tracker, key generator: none of which this API sets) and awaited four
 * times; the keys, limits, windows and counters are the ones they used.
 */
abstract class WindowLimitGuard implements CanActivate {
  private readonly skipped: RouteFlag;
  private readonly windowMs: number;

  constructor(
    reflector: Reflector,
    private readonly counters: FixedWindowStorage,
    windowSeconds: number,
    private readonly limit: number,
  ) {
    this.skipped = routeFlag(reflector, SKIP_RATE_LIMITS);
    this.windowMs = windowSeconds * 1000;
  }

  /** Whom the request counts against (`undefined`: not counted). */
  protected abstract keyOf(request: FastifyRequest): string | undefined;

  canActivate(context: ExecutionContext): true {
    if (this.skipped(context)) return true;
    const key = this.keyOf(context.switchToHttp().getRequest<FastifyRequest>());
    if (key === undefined) return true;
    const retryAfterSeconds = this.counters.hit(key, this.windowMs, this.limit);
    if (retryAfterSeconds > 0) throw new RateLimitedError(retryAfterSeconds);
    return true;
  }
}

/**
 * Per client IP, registered before the auth guard, so floods never reach token verification or the database.
 * IPv6 clients are counted per /64 (an ISP hands one to each customer), as @nestjs/throttler counted them.
 */
@Injectable()
export class IpRateLimitGuard extends WindowLimitGuard {
  constructor(reflector: Reflector, counters: FixedWindowStorage, @InjectConfig() { rateLimit }: AppConfig) {
    super(reflector, counters, rateLimit.windowSeconds, rateLimit.perIp);
  }

  protected keyOf(request: FastifyRequest): string {
    return `${IP_LIMIT}:${normalizeIp(request.ip)}`;
  }
}

/** Per user, registered after the auth guard; a public route (no user) is not counted. */
@Injectable()
export class UserRateLimitGuard extends WindowLimitGuard {
  constructor(reflector: Reflector, counters: FixedWindowStorage, @InjectConfig() { rateLimit }: AppConfig) {
    super(reflector, counters, rateLimit.windowSeconds, rateLimit.perUser);
  }

  protected keyOf(request: FastifyRequest): string | undefined {
    return request.user ? `${USER_LIMIT}:${request.user.id}` : undefined;
  }
}
