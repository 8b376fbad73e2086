import { type ExpenseFilters } from '@spendwise/contracts';
import { Prisma } from '@spendwise/db';

/**
 * WHERE conditions for the list and the export, always starting with the owner. Dates compare as DATEs;
 * the text search is a case-insensitive substring match on description or merchant (pg_trgm GIN indexes),
 * with the user's `%`, `_` and `\` matched literally.
 */
export function expenseConditions(userId: string, filters: ExpenseFilters): Prisma.Sql[] {
  const conditions = [Prisma.sql`e.user_id = ${userId}::uuid`];
  if (filters.from) conditions.push(Prisma.sql`e.occurred_on >= ${filters.from}::date`);
  if (filters.to) conditions.push(Prisma.sql`e.occurred_on <= ${filters.to}::date`);
  if (filters.categoryId === 'none') conditions.push(Prisma.sql`e.category_id IS NULL`);
  else if (filters.categoryId) conditions.push(Prisma.sql`e.category_id = ${filters.categoryId}::uuid`);
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    conditions.push(Prisma.sql`(e.description ILIKE ${pattern} OR e.merchant ILIKE ${pattern})`);
  }
  if (filters.minAmount !== undefined) conditions.push(Prisma.sql`e.amount_minor >= ${filters.minAmount}`);
  if (filters.maxAmount !== undefined) conditions.push(Prisma.sql`e.amount_minor <= ${filters.maxAmount}`);
  if (filters.tag) conditions.push(Prisma.sql`e.tags @> ARRAY[${filters.tag}]::text[]`);
  return conditions;
}

export const NEWEST_FIRST = Prisma.sql`ORDER BY e.occurred_on DESC, e.created_at DESC, e.id DESC`;

/** The expense columns under the names ExpenseRow uses. */
export const EXPENSE_COLUMNS = Prisma.sql`e.id, e.amount_minor AS "amountMinor", e.currency, e.occurred_on AS "occurredOn",
  e.description, e.merchant, e.note, e.tags, e.category_id AS "categoryId", e.created_at AS "createdAt",
  e.updated_at AS "updatedAt"`;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * What the filtered expenses add up to, as one JSON array of groups: per currency, and per day for currencies other
 * than `base` (each day is converted at its own rate). The count is the groups' counts summed.
 */
export function summaryGroupsQuery(userId: string, filters: ExpenseFilters, base: string): Prisma.Sql {
  return Prisma.sql`
    SELECT json_agg(g) AS groups FROM (
      SELECT e.currency,
        CASE WHEN e.currency = ${base} THEN NULL ELSE to_char(e.occurred_on, 'YYYY-MM-DD') END AS date,
        SUM(e.amount_minor) AS "totalMinor", COUNT(*)::int AS count
      FROM expenses e
      WHERE ${Prisma.join(expenseConditions(userId, filters), ' AND ')}
      GROUP BY 1, 2
    ) g`;
}
