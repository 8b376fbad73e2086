import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type FastifyRequest } from 'fastify';
import { type AuthenticatedUser } from './authenticated-user';

/** The authenticated caller. Only on private routes, where the global guard has already set it. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => {
    const user = context.switchToHttp().getRequest<FastifyRequest>().user;
    if (!user)
      throw new Error('@CurrentUser() used on a route the auth guard did not run for (is it @Public()?)');
    return user;
  },
);
