import { Injectable } from '@nestjs/common';
import { type UpdateProfileInput, type UserProfile } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { PrismaService } from '../prisma/prisma.service';
import { toUserProfile } from './user-profile.mapper';

/** The caller's own profile: display name, currency (ISO 4217) and time zone (IANA). */
@Injectable()
export class UsersService {
  constructor(private readonly prisma: PrismaService) {}

  async getProfile(user: AuthenticatedUser): Promise<UserProfile> {
    return toUserProfile(await this.prisma.client.user.findUniqueOrThrow({ where: { id: user.id } }));
  }

  /**
   * A new currency applies to expenses recorded from now on; existing ones keep the currency they were recorded
   * in (amounts are never converted or relabelled).
   */
  async updateProfile(user: AuthenticatedUser, input: UpdateProfileInput): Promise<UserProfile> {
    const row = await this.prisma.client.user.update({ where: { id: user.id }, data: input });
    return toUserProfile(row);
  }
}
