import { Prisma } from '@spendwise/db';

/** Who gets the alerts, and whether they want them. */
export interface AlertRecipientRow {
  email: string;
  displayName: string | null;
  currency: string;
  timeZone: string;
  budgetAlerts: boolean;
  /** Whether the person has any budget at all: without one there is nothing to check, and no more to read. */
  hasBudgets: boolean;
}

/**
 * Whether a change of spending by the person `userId` (an SQL expression) can need an alert at all: they want alerts
 * and have a budget. A writer of spending asks it in its own statement and queues no check when it is false — one
 * round trip fewer per write for most people (BENCHMARKS.md, "Series of interleaved runs").
 */
export const alertsWantedSql = (userId: Prisma.Sql) => Prisma.sql`EXISTS (
    SELECT 1 FROM users u JOIN budgets b ON b.user_id = u.id WHERE u.id = ${userId} AND u.budget_alerts)`;

export const recipientQuery = (userId: string) => Prisma.sql`
  SELECT email, display_name AS "displayName", currency, time_zone AS "timeZone", budget_alerts AS "budgetAlerts",
    EXISTS (SELECT 1 FROM budgets b WHERE b.user_id = u.id) AS "hasBudgets"
  FROM users u WHERE u.id = ${userId}::uuid`;

/** The one row of monthSpendingQuery: each part a JSON array, or null when it has no rows. */
export interface MonthSpendingRow {
  /** Spending recorded in the base currency, per category (null: uncategorised). */
  inBase: Array<{ categoryId: string | null; totalMinor: number }> | null;
  /** Spending in other currencies per (currency, day, category), for the service to convert. */
  foreignGroups: Array<{
    currency: string;
    date: string;
    categoryId: string | null;
    totalMinor: number;
    count: number;
  }> | null;
  /** The names of the person's categories that have a budget. */
  categories: Array<{ id: string; name: string }> | null;
}

/**
 * The month's spending as the dashboard counts it (dashboard.sql.ts): the base currency's from
 * expense_monthly_totals, other currencies per (currency, day, category) to be converted each at its day's rate —
 * the expenses table is read only when the month has such spending. One statement.
 */
export const monthSpendingQuery = (userId: string, currency: string, start: string) => Prisma.sql`
  SELECT
    (SELECT json_agg(s) FROM (
      SELECT t.category_id AS "categoryId", SUM(t.total_minor) AS "totalMinor" FROM expense_monthly_totals t
      WHERE t.user_id = ${userId}::uuid AND t.month = ${start}::date AND t.currency = ${currency}
      GROUP BY t.category_id) s) AS "inBase",
    (SELECT json_agg(g) FROM (
      SELECT e.currency, to_char(e.occurred_on, 'YYYY-MM-DD') AS date, e.category_id AS "categoryId",
        SUM(e.amount_minor) AS "totalMinor", COUNT(*)::int AS count
      FROM expenses e
      WHERE e.user_id = ${userId}::uuid
        AND e.currency = ANY(ARRAY(
          SELECT DISTINCT t.currency FROM expense_monthly_totals t
          WHERE t.user_id = ${userId}::uuid AND t.month = ${start}::date AND t.currency <> ${currency}))
        AND e.occurred_on >= ${start}::date AND e.occurred_on < (${start}::date + interval '1 month')::date
      GROUP BY e.currency, e.occurred_on, e.category_id) g) AS "foreignGroups",
    (SELECT json_agg(json_build_object('id', c.id, 'name', c.name)) FROM categories c
      WHERE c.user_id = ${userId}::uuid
        AND EXISTS (SELECT 1 FROM budgets b WHERE b.user_id = c.user_id AND b.category_id = c.id)) AS categories`;

/**
 * Claims the alerts of one budget and month: each threshold is inserted unless a row for it exists, and only the
 * ones inserted here come back. Two concurrent checks (two tasks, two writes) therefore claim each alert once; the
 * one that claimed it sends it.
 */
export const claimQuery = (
  userId: string,
  budgetId: string,
  start: string,
  thresholds: readonly number[],
) => Prisma.sql`
  INSERT INTO budget_alerts_sent (budget_id, month, threshold, user_id)
  SELECT b.id, ${start}::date, t, b.user_id FROM budgets b, unnest(${thresholds}::smallint[]) t
  WHERE b.id = ${budgetId}::uuid AND b.user_id = ${userId}::uuid
  ON CONFLICT (budget_id, month, threshold) DO NOTHING
  RETURNING threshold`;

/** Gives claimed alerts back after a failed send, so a later write tries again. */
export const releaseQuery = (budgetId: string, start: string, thresholds: readonly number[]) => Prisma.sql`
  DELETE FROM budget_alerts_sent
  WHERE budget_id = ${budgetId}::uuid AND month = ${start}::date AND threshold = ANY(${thresholds}::smallint[])`;
