import { Injectable, Logger } from '@nestjs/common';
import { DEFAULT_CATEGORIES } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { normalizeCategoryName } from '../categories/category-name';
import { PrismaService } from '../prisma/prisma.service';
import { toAuthenticatedUser } from './user-profile.mapper';

/**
 * Finds the user row for a Cognito identity, creating it (with the default categories) on first sight.
 * Race-safe: two first requests at once both run `INSERT … ON CONFLICT DO NOTHING`; PostgreSQL lets exactly one
 * insert, the other waits for it and then reads the committed row. The categories are created in the same
 * transaction as the user, so nobody ever sees a user without them.
 */
@Injectable()
export class UserProvisioningService {
  private readonly logger = new Logger(UserProvisioningService.name);

  constructor(private readonly prisma: PrismaService) {}

  /**
   * Runs on every authenticated request, so it is one raw, fully indexed statement: Prisma's model API would add
   * its query planning on top of the same SQL (measured in BENCHMARKS.md, "Where the API's time goes").
   */
  async findByCognitoSub(cognitoSub: string): Promise<AuthenticatedUser | null> {
    const [row] = await this.prisma.client.$queryRaw<AuthenticatedUser[]>`
      SELECT id, cognito_sub AS "cognitoSub", email, currency, time_zone AS "timeZone"
      FROM users WHERE cognito_sub = ${cognitoSub}`;
    return row ?? null;
  }

  async provision(identity: { cognitoSub: string; email: string }): Promise<AuthenticatedUser> {
    return this.prisma.client.$transaction(async (tx) => {
      const [created] = await tx.user.createManyAndReturn({
        data: [{ cognitoSub: identity.cognitoSub, email: identity.email }],
        skipDuplicates: true,
      });
      if (!created)
        return toAuthenticatedUser(
          await tx.user.findUniqueOrThrow({ where: { cognitoSub: identity.cognitoSub } }),
        );

      await tx.category.createMany({
        data: DEFAULT_CATEGORIES.map(({ name, color }) => ({
          userId: created.id,
          name,
          normalizedName: normalizeCategoryName(name),
          color,
        })),
      });
      this.logger.log({ userId: created.id }, 'user provisioned');
      return toAuthenticatedUser(created);
    });
  }
}
