import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import { UserProvisioningService } from './user-provisioning.service';
import { AccessTokenVerifier } from './access-token-verifier';
import { type Access, ActiveSessions } from './active-sessions';
import { type AuthenticatedUser } from './authenticated-user';
import { BEARER_REALM } from './bearer-challenge';
import { CognitoUserDirectory } from './cognito-user-directory';

export const COGNITO_STRATEGY = 'cognito';

/** What the strategy sees of a request (AuthGuard.getRequest): the Authorization header and the method. */
export interface BearerRequest {
  headers: { authorization?: string };
  method: string;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Passport strategy for `Authorization: Bearer <Cognito access token>`: verify the token, make sure its session
 * is still active in Cognito (held to the tighter bound for writes), then find (or, on first sight, create) the
 * user row for its `sub`. A row is only ever created for a token Cognito confirms at that moment: a remembered
 * confirmation must not bring back an account deleted moments ago on another task. Returning false makes
 * passport answer 401.
 */
@Injectable()
export class CognitoBearerStrategy extends PassportStrategy(Strategy, COGNITO_STRATEGY) {
  constructor(
    private readonly verifier: AccessTokenVerifier,
    private readonly sessions: ActiveSessions,
    private readonly provisioning: UserProvisioningService,
    private readonly directory: CognitoUserDirectory,
  ) {
    super({ realm: BEARER_REALM, passReqToCallback: true });
  }

  async validate(request: BearerRequest, token: string): Promise<AuthenticatedUser | false> {
    const claims = await this.verifier.verify(token);
    if (!claims) return false;
    const access: Access = READ_METHODS.has(request.method) ? 'read' : 'write';
    const { email } = await this.sessions.confirm(token, claims, access);
    return this.provisioning.userFor({ cognitoSub: claims.sub, email }, () => this.directory.getEmail(token));
  }
}
