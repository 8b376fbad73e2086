import { Injectable, Logger } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { type AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { ServiceUnavailableError } from '../errors/domain-error';
import { type VerifiedAccessToken } from './access-token-verifier';
import { CognitoUserDirectory } from './cognito-user-directory';

// Bounds memory however many tokens pass through one task; the least recently used confirmations go first (an
// expired token's entry is never read again: the verifier rejects the token before it gets here).
const MAX_ENTRIES = 50_000;

interface Confirmation {
  email: string;
  checkedAt: number;
}

/**
 * A signature proves who issued a token, not that its session is still alive: after sign-out (RevokeToken,
 * GlobalSignOut) or when the user is deleted or disabled, Cognito refuses the token but it still verifies. So the
 * API asks Cognito (GetUser, with the token itself) whether the session is active — once per token per
 * SESSION_CHECK_SECONDS, not on every request. The answer also carries the email used to provision new users.
 * If Cognito cannot be reached, a token it confirmed before is still accepted (logged), so a Cognito outage does
 * not take signed-in users down with it; a token never confirmed gets 503.
 */
@Injectable()
export class ActiveSessions {
  private readonly logger = new Logger(ActiveSessions.name);
  private readonly confirmed = new LRUCache<string, Confirmation>({ max: MAX_ENTRIES });
  private readonly checkIntervalMs: number;

  constructor(
    @InjectConfig() config: AppConfig,
    private readonly directory: CognitoUserDirectory,
  ) {
    this.checkIntervalMs = config.cognito.sessionCheckSeconds * 1000;
  }

  /** The email Cognito holds for the token's user; throws 401 if the session has ended. */
  async confirm(token: string, claims: VerifiedAccessToken): Promise<{ email: string }> {
    const now = Date.now();
    const known = this.confirmed.get(claims.tokenId);
    if (known && now - known.checkedAt < this.checkIntervalMs) return known;
    try {
      const email = await this.directory.getEmail(token);
      this.confirmed.set(claims.tokenId, { email, checkedAt: now });
      return { email };
    } catch (error) {
      if (error instanceof ServiceUnavailableError && known) {
        this.logger.warn('Cognito unreachable; accepting a token it confirmed before');
        return known;
      }
      this.confirmed.delete(claims.tokenId);
      throw error;
    }
  }
}
