import { Prisma } from '@spendwise/db';

/**
 * Every table that holds a person's rows, keyed by `user_id`. `users` goes first: its foreign keys cascade to
 * categories, expenses, budgets and tombstones, the expense triggers drop the monthly totals (which have no foreign
 * key) and write no tombstone once the user is gone. The explicit deletes after it are the guarantee that nothing
 * is left whatever a future migration does to those cascades and triggers; a new table with a `user_id` belongs
 * here (the reliability suite's fingerprint of every table fails otherwise).
 */
export const PERSONAL_TABLES = [
  'budget_alerts_sent',
  'budgets',
  'expenses',
  'expense_idempotency_tombstones',
  'expense_monthly_totals',
  'categories',
  'personal_exchange_rates',
  'personal_exchange_rates_versions',
  'foreign_spending_months',
] as const;

export type PersonalTable = (typeof PERSONAL_TABLES)[number];

export function preferencesQuery(userId: string): Prisma.Sql {
  return Prisma.sql`
      SELECT currency, time_zone AS "timeZone" FROM users WHERE id = ${userId}::uuid`;
}

export function deleteUserSql(userId: string): Prisma.Sql {
  return Prisma.sql`DELETE FROM users WHERE id = ${userId}::uuid`;
}

/** The table name comes from PERSONAL_TABLES only, never from input. */
export function deletePersonalRowsSql(table: PersonalTable, userId: string): Prisma.Sql {
  return Prisma.sql`DELETE FROM ${Prisma.raw(`"${table}"`)} WHERE user_id = ${userId}::uuid`;
}
