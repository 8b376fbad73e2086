import { Injectable, Logger } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { type AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { ServiceUnavailableError } from '../errors/domain-error';
import { type VerifiedAccessToken } from './access-token-verifier';
import { CognitoUserDirectory } from './cognito-user-directory';
import { SingleFlight } from './single-flight';

// Bounds memory however many tokens pass through one task; the least recently used confirmations go first (an
// expired token's entry is never read again: the verifier rejects the token before it gets here).
const MAX_ENTRIES = 50_000;

interface Confirmation {
  email: string;
  /** When Cognito last said the session is active. */
  confirmedAt: number;
  /** When Cognito was last asked (later than confirmedAt while it throttles or fails). */
  askedAt: number;
}

/** What the request is about to do: writes are held to a tighter bound than reads. */
export type Access = 'read' | 'write';

/**
 * A signature proves who issued a token, not that its session is still alive: after sign-out (RevokeToken,
 * GlobalSignOut) or when the user is deleted or disabled, Cognito refuses the token but it still verifies. So the
 * API asks Cognito (GetUser, with the token itself) whether the session is active, and trusts the answer:
 *
 * - for reads, SESSION_CHECK_SECONDS; for writes, SESSION_WRITE_CHECK_SECONDS (shorter), so a deleted or
 *   signed-out account's writes stop within that bound;
 * - when Cognito says the session has ended → 401, and the confirmation is forgotten;
 * - when Cognito cannot answer (throttling, 5xx, timeout: CognitoUserDirectory's ServiceUnavailableError) → the
 *   last confirmation is kept for SESSION_GRACE_SECONDS after it was given (a warning is logged, Cognito is asked
 *   again at most once per SESSION_CHECK_SECONDS per token instead of on every request, which would feed a
 *   throttle). A valid token never gets a 401 for Cognito's trouble; one never confirmed, or past the grace
 *   window, gets 503.
 *
 * Concurrent requests with the same token share one GetUser call.
 */
@Injectable()
export class ActiveSessions {
  private readonly logger = new Logger(ActiveSessions.name);
  private readonly confirmed = new LRUCache<string, Confirmation>({ max: MAX_ENTRIES });
  private readonly asking = new SingleFlight<Confirmation>();
  private readonly readBoundMs: number;
  private readonly writeBoundMs: number;
  private readonly graceMs: number;

  constructor(
    @InjectConfig() config: AppConfig,
    private readonly directory: CognitoUserDirectory,
  ) {
    this.readBoundMs = config.cognito.sessionCheckSeconds * 1000;
    this.writeBoundMs = config.cognito.sessionWriteCheckSeconds * 1000;
    this.graceMs = config.cognito.sessionGraceSeconds * 1000;
  }

  /** The email Cognito holds for the token's user; throws 401 if the session has ended, 503 if unknowable. */
  async confirm(
    token: string,
    claims: VerifiedAccessToken,
    access: Access = 'read',
  ): Promise<{ email: string }> {
    const email = this.trustedEmail(claims, access);
    if (email !== undefined) return { email };
    const asked = await this.ask(token, claims.tokenId, this.confirmed.get(claims.tokenId));
    return { email: asked.email };
  }

  /** The email of a session whose last confirmation can still be trusted for this access, without asking. */
  trustedEmail(claims: VerifiedAccessToken, access: Access = 'read'): string | undefined {
    const now = Date.now();
    const known = this.confirmed.get(claims.tokenId);
    if (!known) return undefined;
    const bound = access === 'write' ? this.writeBoundMs : this.readBoundMs;
    if (now - known.confirmedAt < bound) return known.email;
    if (this.degraded(known) && now - known.askedAt < this.readBoundMs && this.inGrace(known, now)) {
      return known.email;
    }
    return undefined;
  }

  private ask(token: string, tokenId: string, known: Confirmation | undefined): Promise<Confirmation> {
    return this.asking.run(tokenId, () => this.askCognito(token, tokenId, known));
  }

  private async askCognito(token: string, tokenId: string, known: Confirmation | undefined) {
    const askedAt = Date.now();
    try {
      const email = await this.directory.getEmail(token);
      const confirmation = { email, confirmedAt: askedAt, askedAt };
      this.confirmed.set(tokenId, confirmation);
      return confirmation;
    } catch (error) {
      if (error instanceof ServiceUnavailableError && known && this.inGrace(known, askedAt)) {
        this.logger.warn(
          { confirmedSecondsAgo: Math.round((askedAt - known.confirmedAt) / 1000) },
          'Cognito cannot confirm the session now; keeping its last confirmation (grace window)',
        );
        const kept = { ...known, askedAt };
        this.confirmed.set(tokenId, kept);
        return kept;
      }
      if (!(error instanceof ServiceUnavailableError)) this.confirmed.delete(tokenId);
      throw error;
    }
  }

  private degraded(known: Confirmation): boolean {
    return known.askedAt > known.confirmedAt;
  }

  private inGrace(known: Confirmation, now: number): boolean {
    return now - known.confirmedAt < this.graceMs;
  }
}
