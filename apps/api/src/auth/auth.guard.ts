import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type FastifyRequest } from 'fastify';
import { UnauthenticatedError } from '../errors/domain-error';
import { type RouteFlag, routeFlag } from '../http/route-flag';
import { type AuthenticatedUser } from './authenticated-user';
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

  /**
   * Synchronous for a public route and for a token whose checks are all remembered (nearly every request), so Nest
   * runs the guard without an `await` (BENCHMARKS.md, "Guards without awaits").
   */
  canActivate(context: ExecutionContext): true | Promise<true> {
    if (this.isPublic(context)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = bearerToken(request.headers.authorization);
    const user = token ? this.authenticator.authenticate(token, request.method) : false;
    return user instanceof Promise ? user.then((found) => admit(request, found)) : admit(request, user);
  }
}

/** Sets the caller on the request, or refuses with the challenge that says why. */
function admit(request: FastifyRequest, user: AuthenticatedUser | false): true {
  if (!user) {
    throw new UnauthenticatedError(
      request.headers.authorization ? CHALLENGE_INVALID_TOKEN : CHALLENGE_NO_TOKEN,
    );
  }
  request.user = user;
  return true;
}
