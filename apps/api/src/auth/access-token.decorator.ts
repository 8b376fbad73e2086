import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type FastifyRequest } from 'fastify';

/**
 * The caller's raw access token, from the Authorization header (the only place the guard accepts it). For the
 * few handlers that must act in Cognito as the caller (DeleteUser); only on private routes, after the guard.
 */
export const AccessToken = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (!request.user || !token)
    throw new Error('@AccessToken() used on a route the auth guard did not run for (is it @Public()?)');
  return token;
});
