import { Injectable } from '@nestjs/common';
import { type UpdateProfileInput, type UserProfile } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CHALLENGE_INVALID_TOKEN } from '../auth/bearer-challenge';
import { UnauthenticatedError } from '../errors/domain-error';
import { PrismaService } from '../prisma/prisma.service';
import { toUserProfile } from './user-profile.mapper';

/** What a user can change that other features compute with. */
export interface UserPreferences {
  /** ISO 4217: new expenses are recorded in it, budgets and dashboard totals are in it. */
  currency: string;
  /** IANA: decides which month is "this month". */
  timeZone: string;
}

/** The caller's own profile: display name, currency (ISO 4217) and time zone (IANA). */
@Injectable()
export class UsersService {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * The caller's current preferences, read on every call: they can change at any moment on any task, so they are
   * never cached with the identity. A row that no longer exists (removed behind the API's back) is a 401.
   */
  async preferencesOf(user: AuthenticatedUser): Promise<UserPreferences> {
    const [row] = await this.prisma.client.$queryRaw<UserPreferences[]>`
      SELECT currency, time_zone AS "timeZone" FROM users WHERE id = ${user.id}::uuid`;
    if (!row) throw new UnauthenticatedError(CHALLENGE_INVALID_TOKEN);
    return row;
  }

  async getProfile(user: AuthenticatedUser): Promise<UserProfile> {
    return toUserProfile(await this.prisma.client.user.findUniqueOrThrow({ where: { id: user.id } }));
  }

  /**
   * A new currency applies to expenses recorded from now on; existing ones keep the currency they were recorded
   * in (amounts are never converted or relabelled). Sending a currency or time zone marks the preferences as
   * chosen, so the browser's defaults are never applied over them.
   */
  async updateProfile(user: AuthenticatedUser, input: UpdateProfileInput): Promise<UserProfile> {
    const chosen = input.currency !== undefined || input.timeZone !== undefined;
    const row = await this.prisma.client.user.update({
      where: { id: user.id },
      data: { ...input, ...(chosen && { preferencesSetAt: new Date() }) },
    });
    return toUserProfile(row);
  }
}
