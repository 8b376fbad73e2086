import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import { UserProvisioningService } from '../users/user-provisioning.service';
import { AccessTokenVerifier } from './access-token-verifier';
import { type Access, ActiveSessions } from './active-sessions';
import { type AuthenticatedUser } from './authenticated-user';
import { BEARER_REALM } from './bearer-challenge';

export const COGNITO_STRATEGY = 'cognito';

/** What the strategy sees of a request (AuthGuard.getRequest): the Authorization header and the method. */
export interface BearerRequest {
  headers: { authorization?: string };
  method: string;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Passport strategy for `Authorization: Bearer <Cognito access token>`: verify the token, make sure its session
 * is still active in Cognito (held to the tighter bound for writes), then find (or, on first sight, create) the user row for its `sub`. Returning false
 * makes passport answer 401.
 */
@Injectable()
export class CognitoBearerStrategy extends PassportStrategy(Strategy, COGNITO_STRATEGY) {
  constructor(
    private readonly verifier: AccessTokenVerifier,
    private readonly sessions: ActiveSessions,
    private readonly provisioning: UserProvisioningService,
  ) {
    super({ realm: BEARER_REALM, passReqToCallback: true });
  }

  async validate(request: BearerRequest, token: string): Promise<AuthenticatedUser | false> {
    const claims = await this.verifier.verify(token);
    if (!claims) return false;
    const access: Access = READ_METHODS.has(request.method) ? 'read' : 'write';
    const { email } = await this.sessions.confirm(token, claims, access);
    return this.provisioning.userFor({ cognitoSub: claims.sub, email });
  }
}
