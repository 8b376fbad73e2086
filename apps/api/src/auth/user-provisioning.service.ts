import { Injectable, Logger } from '@nestjs/common';
import { defaultCategoryRows } from '@spendwise/db';
import { LRUCache } from 'lru-cache';
import { type AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { UnauthenticatedError } from '../errors/domain-error';
import { type AuthenticatedUser } from './authenticated-user';
import { CHALLENGE_INVALID_TOKEN } from './bearer-challenge';
import { UserProvisioningRepository } from './user-provisioning.repository';

// Bounds the memory of remembered identities (≈ 200 bytes each); past it the least recently used go first.
const MAX_REMEMBERED_USERS = 10_000;

/** A Cognito identity as the bearer authenticator knows it: the token's `sub` and the email Cognito holds for it. */
export interface CognitoIdentity {
  cognitoSub: string;
  email: string;
}

/**
 * Finds the user row for a Cognito identity, creating it (with the default categories) on first sight.
 * Race-safe: two first requests at once both run `INSERT … ON CONFLICT DO NOTHING`; PostgreSQL lets exactly one
 * insert, the other waits for it and then reads the committed row. The categories are created in the same
 * transaction as the user, so nobody ever sees a user without them.
 *
 * Every authenticated request needs this, and a row's id never changes for a `sub`, so the answer is remembered
 * per process for SESSION_CHECK_SECONDS — the window in which a task already trusts what it learnt about a token
 * (ActiveSessions); a row removed behind the API's back is found missing, and re-created, within that window.
 * With SESSION_CHECK_SECONDS=0 nothing is remembered. Only the identity is cached, never preferences.
 */
@Injectable()
export class UserProvisioningService {
  private readonly logger = new Logger(UserProvisioningService.name);
  private readonly remembered: LRUCache<string, AuthenticatedUser> | null;
  private readonly deleted: LRUCache<string, true>;

  constructor(
    private readonly users: UserProvisioningRepository,
    @InjectConfig() config: AppConfig,
  ) {
    const ttl = config.cognito.sessionCheckSeconds * 1000;
    this.remembered = ttl > 0 ? new LRUCache({ max: MAX_REMEMBERED_USERS, ttl }) : null;
    // As long as a confirmation of a deleted user's token can be trusted here, grace window included.
    this.deleted = new LRUCache({
      max: MAX_REMEMBERED_USERS,
      ttl: (config.cognito.sessionCheckSeconds + config.cognito.sessionGraceSeconds) * 1000 + 1000,
    });
  }

  /**
   * The account of this `sub` was deleted (with its Cognito user). Until ActiveSessions would next ask Cognito about
   * a token of it (SESSION_CHECK_SECONDS, or its grace window while Cognito is failing) this task may still trust
   * such a token; it gets a 401 rather than a new, empty account. Other tasks find out from Cognito.
   */
  forgetDeleted(cognitoSub: string): void {
    this.remembered?.delete(cognitoSub);
    this.deleted.set(cognitoSub, true);
  }

  /**
   * @param confirmNow asks Cognito about the token right now (GetUser); awaited only before creating a row, so an
   *   account deleted on another task — whose token that task still trusts — gets a 401, not a new empty account.
   */
  async userFor(identity: CognitoIdentity, confirmNow?: () => Promise<unknown>): Promise<AuthenticatedUser> {
    if (this.deleted.has(identity.cognitoSub)) throw new UnauthenticatedError(CHALLENGE_INVALID_TOKEN);
    const remembered = this.rememberedUser(identity.cognitoSub);
    if (remembered) return remembered;
    let user = await this.users.findByCognitoSub(identity.cognitoSub);
    if (!user) {
      await confirmNow?.();
      user = await this.provision(identity);
    }
    this.remembered?.set(identity.cognitoSub, user);
    return user;
  }

  /** The row remembered for a `sub` (never one deleted here), without waiting; else undefined. */
  rememberedUser(cognitoSub: string): AuthenticatedUser | undefined {
    return this.deleted.has(cognitoSub) ? undefined : this.remembered?.get(cognitoSub);
  }

  private async provision(identity: CognitoIdentity): Promise<AuthenticatedUser> {
    return this.users.transaction(async (tx) => {
      const created = await this.users.insertIfAbsent(identity, tx);
      if (!created) {
        return { id: await this.users.idOf(identity.cognitoSub, tx), cognitoSub: identity.cognitoSub };
      }

      await this.users.addCategories(defaultCategoryRows(created.id), tx);
      this.logger.log({ userId: created.id }, 'user provisioned');
      return { id: created.id, cognitoSub: created.cognitoSub };
    });
  }
}
