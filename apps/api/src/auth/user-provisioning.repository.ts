import { Injectable } from '@nestjs/common';
import { type defaultCategoryRows } from '@spendwise/db';
import { PrismaService } from '../prisma/prisma.service';
import { dbOf, inTransaction, rowsOf, type Tx } from '../prisma/transaction';
import { type AuthenticatedUser } from './authenticated-user';
import { userByCognitoSubQuery } from './user-provisioning.sql';

/** The user rows behind Cognito identities: looked up by `sub`, created on first sight. */
@Injectable()
export class UserProvisioningRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.prisma, work);
  }

  async findByCognitoSub(cognitoSub: string, tx?: Tx): Promise<AuthenticatedUser | null> {
    const [row] = await rowsOf<AuthenticatedUser[]>(this.prisma, userByCognitoSubQuery(cognitoSub), tx);
    return row ?? null;
  }

  /** The new row, or null when one for this `sub` already exists (a concurrent first request won). */
  async insertIfAbsent(identity: { cognitoSub: string; email: string }, tx?: Tx) {
    const [created] = await dbOf(this.prisma, tx).user.createManyAndReturn({
      data: [{ cognitoSub: identity.cognitoSub, email: identity.email }],
      skipDuplicates: true,
    });
    return created ?? null;
  }

  async idOf(cognitoSub: string, tx?: Tx): Promise<string> {
    const { id } = await dbOf(this.prisma, tx).user.findUniqueOrThrow({
      where: { cognitoSub },
      select: { id: true },
    });
    return id;
  }

  async addCategories(rows: ReturnType<typeof defaultCategoryRows>, tx?: Tx): Promise<void> {
    await dbOf(this.prisma, tx).category.createMany({ data: rows });
  }
}
