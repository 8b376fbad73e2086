/** Who is calling: the user row behind the verified access token. Handlers get it via `@CurrentUser()`. */
export interface AuthenticatedUser {
  id: string;
  cognitoSub: string;
  email: string;
  currency: string;
  timeZone: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the global auth guard on every non-public route. */
    user?: AuthenticatedUser;
  }
}
