import { SetMetadata } from '@nestjs/common';

export const SKIP_RATE_LIMITS = 'spendwise:skipRateLimits';

/** Opts a route (or a controller's routes) out of both rate limits: the load balancer's health checks. */
export const SkipRateLimits = () => SetMetadata(SKIP_RATE_LIMITS, true);
