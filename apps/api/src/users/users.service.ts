import { Injectable, Logger } from '@nestjs/common';
import { type UpdateProfileInput, type UserProfile } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CHALLENGE_INVALID_TOKEN } from '../auth/bearer-challenge';
import { CognitoUserDirectory } from '../auth/cognito-user-directory';
import { BudgetsService } from '../budgets';
import { UnauthenticatedError } from '../errors/domain-error';
import { UserProvisioningService } from '../auth/user-provisioning.service';
import { toUserProfile } from './user-profile.mapper';
import { UsersRepository } from './users.repository';

// The Cognito call inside the transaction has its own 5 s timeout; this leaves room for the deletes around it.
const DELETE_ACCOUNT_TIMEOUT_MS = 20_000;

/** What a user can change that other features compute with. */
export interface UserPreferences {
  /**
   * ISO 4217, the base currency: new expenses are recorded in it, budgets are converted into it when it changes,
   * and the dashboard converts every expense into it.
   */
  currency: string;
  /** IANA: decides which month is "this month". */
  timeZone: string;
}

/** The caller's own profile: display name, currency (ISO 4217) and time zone (IANA). */
@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly users: UsersRepository,
    private readonly directory: CognitoUserDirectory,
    private readonly provisioning: UserProvisioningService,
    private readonly budgets: BudgetsService,
  ) {}

  /**
   * The caller's current preferences, read on every call: they can change at any moment on any task, so they are
   * never cached with the identity. A row that no longer exists (removed behind the API's back) is a 401.
   */
  async preferencesOf(user: AuthenticatedUser): Promise<UserPreferences> {
    const row = await this.users.preferencesOf(user.id);
    if (!row) throw new UnauthenticatedError(CHALLENGE_INVALID_TOKEN);
    return row;
  }

  async getProfile(user: AuthenticatedUser): Promise<UserProfile> {
    return toUserProfile(await this.users.profileOf(user.id));
  }

  /**
   * A new currency applies to expenses recorded from now on; existing ones keep the currency they were recorded
   * in (the dashboard converts them, at the rate of their date). Budgets are converted into the new currency at the
   * latest rate in the same transaction, and without a usable rate the change is refused (409 naming the currency)
   * with nothing changed: a budget is never relabelled. Sending a currency or time zone marks the preferences as
   * chosen, so the browser's defaults are never applied over them.
   */
  async updateProfile(user: AuthenticatedUser, input: UpdateProfileInput): Promise<UserProfile> {
    const chosen = input.currency !== undefined || input.timeZone !== undefined;
    const data = { ...input, ...(chosen && { preferencesSetAt: new Date() }) };
    const { currency } = input;
    if (currency === undefined) {
      return toUserProfile(await this.users.update(user.id, data));
    }
    const row = await this.users.transaction(async (tx) => {
      // The user's row first (FOR UPDATE through the UPDATE): a budget written meanwhile waits, then reads the new
      // currency, so none is left behind in the old one.
      const updated = await this.users.update(user.id, data, tx);
      await this.budgets.convertAll(tx, user.id, currency);
      return updated;
    });
    return toUserProfile(row);
  }

  /**
   * Deletes the account: every row of the person in every table and their Cognito user, all or nothing. The rows
   * go in one transaction that commits only after Cognito has deleted the user (DeleteUser with the caller's own
   * token), so a Cognito refusal (401: the session had already ended) or failure (503) leaves everything as it was
   * and the person can try again. Afterwards the token no longer refreshes and the API refuses it (401) instead of
   * provisioning a new, empty account for it.
   */
  async deleteAccount(user: AuthenticatedUser, accessToken: string): Promise<void> {
    const removed = await this.users.transaction(
      async (tx) => {
        const counts = await this.users.deleteEverythingOf(user.id, tx);
        await this.directory.deleteUser(accessToken);
        return counts;
      },
      { timeout: DELETE_ACCOUNT_TIMEOUT_MS },
    );
    this.provisioning.forgetDeleted(user.cognitoSub);
    this.logger.log({ userId: user.id, removed }, 'account deleted');
  }
}
