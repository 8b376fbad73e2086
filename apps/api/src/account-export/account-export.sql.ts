import { Prisma } from '@spendwise/db';
import { NEWEST_FROM_MONTH } from '../budgets';

/** Keyset pages by primary key: each page is one index range scan after the last id seen. */
export function categoryPageQuery(userId: string, after: string | null, limit: number): Prisma.Sql {
  return Prisma.sql`
      SELECT id, name, color, created_at AS "createdAt"
      FROM categories
      WHERE user_id = ${userId}::uuid ${after ? Prisma.sql`AND id > ${after}::uuid` : Prisma.empty}
      ORDER BY id
      LIMIT ${limit}`;
}

/** A page of budgets with their category's name (the CSV shows it). */
export function budgetPageQuery(userId: string, after: string | null, limit: number): Prisma.Sql {
  return Prisma.sql`
      SELECT b.id, b.category_id AS "categoryId", b.amount_minor AS "amountMinor", b.currency,
             ${NEWEST_FROM_MONTH} AS "fromMonth", b.rollover,
             b.created_at AS "createdAt", b.updated_at AS "updatedAt",
             (SELECT c.name FROM categories c WHERE c.id = b.category_id) AS "categoryName"
      FROM budgets b
      WHERE b.user_id = ${userId}::uuid ${after ? Prisma.sql`AND b.id > ${after}::uuid` : Prisma.empty}
      ORDER BY b.id
      LIMIT ${limit}`;
}
