/**
 * Who is calling: the user row behind the verified access token. Handlers get it via `@CurrentUser()`.
 * Identity only — it is remembered between requests (UserProvisioningService), so it never carries what the user
 * can change (currency, time zone): handlers that need those read them fresh (UsersService.preferencesOf).
 */
export interface AuthenticatedUser {
  id: string;
  cognitoSub: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the global auth guard on every non-public route. */
    user?: AuthenticatedUser;
  }
}
