import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { RateLimitedError } from '../errors/domain-error';
import { IP_THROTTLER, USER_THROTTLER } from './rate-limit.module';

/** A ThrottlerGuard that applies only one of the named limits, so each can run at its own point in the chain. */
abstract class SingleThrottlerGuard extends ThrottlerGuard {
  protected abstract readonly throttlerName: string;

  /** Keeps only this guard's limit, so each request looks up (and counts) only that one's route settings. */
  override async onModuleInit(): Promise<void> {
    await super.onModuleInit();
    this.throttlers = this.throttlers.filter((throttler) => throttler.name === this.throttlerName);
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new RateLimitedError(Math.max(1, Math.ceil(detail.timeToBlockExpire)));
  }
}

/** Registered before the auth guard. */
@Injectable()
export class IpThrottlerGuard extends SingleThrottlerGuard {
  protected readonly throttlerName = IP_THROTTLER;
}

/** Registered after the auth guard; public routes (no user) are not counted. */
@Injectable()
export class UserThrottlerGuard extends SingleThrottlerGuard {
  protected readonly throttlerName = USER_THROTTLER;

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return !context.switchToHttp().getRequest<{ user?: unknown }>().user;
  }
}
