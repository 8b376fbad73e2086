import { Injectable } from '@nestjs/common';
import { type UpdateProfileInput } from '@spendwise/contracts';
import { PrismaService } from '../prisma/prisma.service';
import { dbOf, inTransaction, rowsOf, type Tx } from '../prisma/transaction';
import { deletePersonalRowsSql, deleteUserSql, PERSONAL_TABLES, preferencesQuery } from './users.sql';

/** The users table (profile and preferences) and, on deletion, every row of a person in every table. */
@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>, options?: { timeout?: number }): Promise<T> {
    return inTransaction(this.prisma, work, options);
  }

  async preferencesOf(userId: string, tx?: Tx): Promise<{ currency: string; timeZone: string } | null> {
    const [row] = await rowsOf<Array<{ currency: string; timeZone: string }>>(
      this.prisma,
      preferencesQuery(userId),
      tx,
    );
    return row ?? null;
  }

  profileOf(userId: string, tx?: Tx) {
    return dbOf(this.prisma, tx).user.findUniqueOrThrow({ where: { id: userId } });
  }

  update(userId: string, data: UpdateProfileInput & { preferencesSetAt?: Date }, tx?: Tx) {
    return dbOf(this.prisma, tx).user.update({ where: { id: userId }, data });
  }

  /** Deletes the person's rows from every table; how many went, by table (users first). */
  async deleteEverythingOf(userId: string, tx?: Tx): Promise<Record<string, number>> {
    const db = dbOf(this.prisma, tx);
    const counts: Record<string, number> = { users: await db.$executeRaw(deleteUserSql(userId)) };
    for (const table of PERSONAL_TABLES) {
      counts[table] = await db.$executeRaw(deletePersonalRowsSql(table, userId));
    }
    return counts;
  }
}
