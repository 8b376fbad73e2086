import { Prisma } from '@spendwise/db';

/**
 * The budget_amounts row (alias `a`) in effect in the month starting `start` (YYYY-MM-01): the one with the latest
 * from_month on or before it; no row when the budget starts later. One backward read of the primary key
 * (budget_id, from_month).
 */
export const amountInEffect = (columns: Prisma.Sql, start: string, budgetId: Prisma.Sql) => Prisma.sql`
  SELECT ${columns} FROM budget_amounts a WHERE a.budget_id = ${budgetId} AND a.from_month <= ${start}::date
  ORDER BY a.from_month DESC LIMIT 1`;
