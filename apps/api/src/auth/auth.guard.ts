import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard as PassportAuthGuard } from '@nestjs/passport';
import { type FastifyRequest } from 'fastify';
import { UnauthenticatedError } from '../errors/domain-error';
import { type AuthenticatedUser } from './authenticated-user';
import { CHALLENGE_INVALID_TOKEN, CHALLENGE_NO_TOKEN } from './bearer-challenge';
import { type BearerRequest, COGNITO_STRATEGY } from './cognito-bearer.strategy';
import { IS_PUBLIC } from './public.decorator';

/**
 * Global guard: every route needs a valid access token unless marked `@Public()`. Failures are one uniform 401;
 * errors that are ours (database or Cognito down) pass through as 503.
 */
@Injectable()
export class AuthGuard extends PassportAuthGuard(COGNITO_STRATEGY) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    return isPublic ? true : super.canActivate(context);
  }

  /**
   * passport-http-bearer also takes tokens from `?access_token=` and the body; URLs end up in logs and proxies,
   * so it only ever sees the header (and the method: writes re-confirm the session sooner).
   */
  override getRequest(context: ExecutionContext): BearerRequest {
    const { headers, method } = context.switchToHttp().getRequest<FastifyRequest>();
    return { headers: { authorization: headers.authorization }, method };
  }

  override handleRequest<TUser = AuthenticatedUser>(
    error: unknown,
    user: AuthenticatedUser | false,
    _info: unknown,
    context: ExecutionContext,
  ): TUser {
    if (error) throw error;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!user) {
      throw new UnauthenticatedError(
        request.headers.authorization ? CHALLENGE_INVALID_TOKEN : CHALLENGE_NO_TOKEN,
      );
    }
    request.user = user;
    return user as TUser;
  }
}
