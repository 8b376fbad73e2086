import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { describe, expect, it } from 'vitest';
import { type AppConfig } from '../config/app-config';
import { RateLimitedError } from '../errors/domain-error';
import { FixedWindowStorage } from './fixed-window-storage';
import { IpRateLimitGuard, UserRateLimitGuard } from './rate-limit.guards';
import { SkipRateLimits } from './skip-rate-limits.decorator';

class ItemsController {
  list(): void {}
}
@SkipRateLimits()
class ProbeController {
  live(): void {}
}

const config = { rateLimit: { windowSeconds: 60, perIp: 2, perUser: 1 } } as AppConfig;

function guards() {
  const counters = new FixedWindowStorage(() => 1_000_000);
  const reflector = new Reflector();
  return {
    ip: new IpRateLimitGuard(reflector, counters, config),
    user: new UserRateLimitGuard(reflector, counters, config),
  };
}

const request = (ip: string, userId?: string) =>
  new ExecutionContextHost(
    [{ ip, user: userId ? { id: userId, cognitoSub: 'sub' } : undefined }, {}],
    ItemsController,
    ItemsController.prototype.list,
  );
const probe = (ip: string) =>
  new ExecutionContextHost([{ ip }, {}], ProbeController, ProbeController.prototype.live);

/** The guard's answer, or the seconds of Retry-After it refused with. */
function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (error instanceof RateLimitedError) return `429, retry after ${error.retryAfterSeconds} s`;
    throw error;
  }
}

describe('the rate-limit guards', () => {
  it('count every request from an IP, signed in or not, and answer synchronously', () => {
    const { ip } = guards();
    expect(outcome(() => ip.canActivate(request('203.0.113.7')))).toBe(true);
    expect(outcome(() => ip.canActivate(request('203.0.113.7', 'u1')))).toBe(true);
    expect(outcome(() => ip.canActivate(request('203.0.113.7')))).toBe('429, retry after 60 s');
    expect(outcome(() => ip.canActivate(request('203.0.113.8')))).toBe(true);
  });

  it('count IPv6 clients per /64, as @nestjs/throttler did', () => {
    const { ip } = guards();
    ip.canActivate(request('2001:db8:1:2::a'));
    ip.canActivate(request('2001:db8:1:2:ffff::b'));
    expect(outcome(() => ip.canActivate(request('2001:db8:1:2::c')))).toBe('429, retry after 60 s');
    expect(outcome(() => ip.canActivate(request('2001:db8:1:3::a')))).toBe(true);
  });

  it('count each user on their own and never a request without one (public routes)', () => {
    const { user } = guards();
    expect(outcome(() => user.canActivate(request('203.0.113.7', 'u1')))).toBe(true);
    expect(outcome(() => user.canActivate(request('203.0.113.9', 'u1')))).toBe('429, retry after 60 s');
    expect(outcome(() => user.canActivate(request('203.0.113.7', 'u2')))).toBe(true);
    for (let call = 0; call < 5; call += 1) {
      expect(outcome(() => user.canActivate(request('203.0.113.7')))).toBe(true);
    }
  });

  it('keep the IP and user counters apart', () => {
    const { ip, user } = guards();
    user.canActivate(request('203.0.113.7', 'u1'));
    expect(outcome(() => ip.canActivate(request('203.0.113.7', 'u1')))).toBe(true);
    expect(outcome(() => ip.canActivate(request('203.0.113.7', 'u1')))).toBe(true);
  });

  it('neither count nor refuse a route marked @SkipRateLimits()', () => {
    const { ip, user } = guards();
    for (let call = 0; call < 5; call += 1) {
      expect(outcome(() => ip.canActivate(probe('203.0.113.7')))).toBe(true);
      expect(outcome(() => user.canActivate(probe('203.0.113.7')))).toBe(true);
    }
    expect(outcome(() => ip.canActivate(request('203.0.113.7')))).toBe(true);
  });
});
