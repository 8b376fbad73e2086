import { Injectable } from '@nestjs/common';
import { AccessTokenVerifier } from './access-token-verifier';
import { type Access, ActiveSessions } from './active-sessions';
import { type AuthenticatedUser } from './authenticated-user';
import { CognitoUserDirectory } from './cognito-user-directory';
import { UserProvisioningService } from './user-provisioning.service';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The token of an `Authorization: Bearer <token>` header (RFC 6750 §2.1; the scheme is case-insensitive), or
 * undefined for any other shape. Only ever the header: a token in a URL (`?access_token=`) or a body ends up in
 * logs and proxies, so it is never looked for.
 */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme, token, ...rest] = header.split(' ');
  return rest.length === 0 && token && /^bearer$/i.test(scheme!) ? token : undefined;
}

/**
 * Who a Cognito access token speaks for: verify the token, make sure its session is still active in Cognito (held
 * to the tighter bound for writes), then find (or, on first sight, create) the user row for its `sub`. A row is
 * only ever created for a token Cognito confirms at that moment: a remembered confirmation must not bring back an
 * account deleted moments ago on another task. False for a token that is not valid (the guard answers 401);
 * failures that are ours (database or Cognito down) are thrown as they are (503).
 */
@Injectable()
export class BearerAuthenticator {
  constructor(
    private readonly verifier: AccessTokenVerifier,
    private readonly sessions: ActiveSessions,
    private readonly provisioning: UserProvisioningService,
    private readonly directory: CognitoUserDirectory,
  ) {}

  authenticate(token: string, method: string): AuthenticatedUser | Promise<AuthenticatedUser | false> {
    const access: Access = READ_METHODS.has(method) ? 'read' : 'write';
    return this.remembered(token, access) ?? this.checkAndFind(token, access);
  }

  /**
   * The answer every step remembered from an earlier request with this token, without waiting: signature checked
   * and not expired, session confirmed within this access's bound, user row known. A client sends the same token
   * for minutes, so this is nearly every request; the global guard then needs no `await`
   * (BENCHMARKS.md, "Guards without awaits"). Anything not remembered goes the whole way (checkAndFind), which
   * asks the same caches first and so answers the same.
   */
  private remembered(token: string, access: Access): AuthenticatedUser | undefined {
    const claims = this.verifier.remembered(token);
    if (!claims || this.sessions.trustedEmail(claims, access) === undefined) return undefined;
    return this.provisioning.rememberedUser(claims.sub);
  }

  private async checkAndFind(token: string, access: Access): Promise<AuthenticatedUser | false> {
    const claims = await this.verifier.verify(token);
    if (!claims) return false;
    const { email } = await this.sessions.confirm(token, claims, access);
    return this.provisioning.userFor({ cognitoSub: claims.sub, email }, () => this.directory.getEmail(token));
  }
}
