import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type FastifyRequest } from 'fastify';
import { UnauthenticatedError } from '../errors/domain-error';
import { type RouteFlag, routeFlag } from '../http/route-flag';
import { BearerAuthenticator, bearerToken } from './bearer-authenticator';
import { CHALLENGE_INVALID_TOKEN, CHALLENGE_NO_TOKEN } from './bearer-challenge';
import { IS_PUBLIC } from './public.decorator';

/**
 * Global guard: every route needs a valid access token unless marked `@Public()`. Failures are one uniform 401
 * (RFC 6750's challenge: no error code when no token came, `invalid_token` otherwise); errors that are ours
 * (database or Cognito down) pass through as 503.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly isPublic: RouteFlag;

  constructor(
    reflector: Reflector,
    private readonly authenticator: BearerAuthenticator,
  ) {
    this.isPublic = routeFlag(reflector, IS_PUBLIC);
  }

  /** A public route passes at once, with no `await` (BENCHMARKS.md, "Guards without awaits"). */
  canActivate(context: ExecutionContext): true | Promise<true> {
    return this.isPublic(context) || this.authenticate(context.switchToHttp().getRequest<FastifyRequest>());
  }

  private async authenticate(request: FastifyRequest): Promise<true> {
    const header = request.headers.authorization;
    const token = bearerToken(header);
    const user = token ? await this.authenticator.authenticate(token, request.method) : false;
    if (!user) throw new UnauthenticatedError(header ? CHALLENGE_INVALID_TOKEN : CHALLENGE_NO_TOKEN);
    request.user = user;
    return true;
  }
}
