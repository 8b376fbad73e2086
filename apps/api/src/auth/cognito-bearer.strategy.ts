import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import { UserProvisioningService } from '../users/user-provisioning.service';
import { AccessTokenVerifier } from './access-token-verifier';
import { ActiveSessions } from './active-sessions';
import { type AuthenticatedUser } from './authenticated-user';
import { BEARER_REALM } from './bearer-challenge';

export const COGNITO_STRATEGY = 'cognito';

/**
 * Passport strategy for `Authorization: Bearer <Cognito access token>`: verify the token, make sure its session
 * is still active in Cognito, then find (or, on first sight, create) the user row for its `sub`. Returning false
 * makes passport answer 401.
 */
@Injectable()
export class CognitoBearerStrategy extends PassportStrategy(Strategy, COGNITO_STRATEGY) {
  constructor(
    private readonly verifier: AccessTokenVerifier,
    private readonly sessions: ActiveSessions,
    private readonly provisioning: UserProvisioningService,
  ) {
    super({ realm: BEARER_REALM });
  }

  async validate(token: string): Promise<AuthenticatedUser | false> {
    const claims = await this.verifier.verify(token);
    if (!claims) return false;
    const { email } = await this.sessions.confirm(token, claims);
    return this.provisioning.userFor({ cognitoSub: claims.sub, email });
  }
}
