import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type FastifyRequest } from 'fastify';
import { UnauthenticatedError } from '../errors/domain-error';
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
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: BearerAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const header = request.headers.authorization;
    const token = bearerToken(header);
    const user = token ? await this.authenticator.authenticate(token, request.method) : false;
    if (!user) throw new UnauthenticatedError(header ? CHALLENGE_INVALID_TOKEN : CHALLENGE_NO_TOKEN);
    request.user = user;
    return true;
  }
}
