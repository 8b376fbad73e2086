import { Prisma } from '@spendwise/db';
import { amountInEffect } from '../budgets';
import { EXPENSE_COLUMNS, type ExpenseRowJson, NEWEST_FIRST } from '../expenses';
import { scheduledSeriesQuery, type ScheduledSeriesRow } from '../recurring';

export interface CategoryTotalRow {
  categoryId: string | null;
  name: string | null;
  color: string | null;
  totalMinor: number;
  budgetMinor: number | null;
}

/** The one row of dashboardQuery: each part a JSON array, or null when it has no rows. */
export interface DashboardRow {
  monthly: Array<{ month: string; totalMinor: number }> | null;
  byCategory: CategoryTotalRow[] | null;
  daily: Array<{ date: string; totalMinor: number }> | null;
  foreignCurrencies: string[] | null;
  overallBudgetMinor: number | null;
  anyRollover: boolean;
  recent: ExpenseRowJson[] | null;
  scheduled: ScheduledSeriesRow[] | null;
}

/** How many of the latest expenses the dashboard lists. */
export const RECENT_COUNT = 5;

/** Scope of every dashboard aggregate: one user's spending, their (base) currency, the month shown. */
export interface MonthScope {
  userId: string;
  currency: string;
  /** First day of the month (YYYY-MM-DD). */
  start: string;
}

const monthEnd = (start: string) => Prisma.sql`(${start}::date + interval '1 month')::date`;
/** The first day of the 12 months ending with the month starting `start`. */
const windowStart = (start: string) => Prisma.sql`(${start}::date - interval '11 months')::date`;

/**
 * Totals for the 12 months ending with the chosen one, oldest first, months without spending as 0. Read from
 * expense_monthly_totals (kept by triggers on expenses): at most 12 × categories rows, however many expenses.
 */
export const monthlyTotalsQuery = ({ userId, currency, start }: MonthScope) => Prisma.sql`
  WITH months AS (
    SELECT generate_series(${start}::date - interval '11 months', ${start}::date, interval '1 month')::date AS month_start
  ),
  totals AS (
    SELECT t.month AS month_start, SUM(t.total_minor) AS total
    FROM expense_monthly_totals t
    WHERE t.user_id = ${userId}::uuid AND t.currency = ${currency}
      AND t.month BETWEEN ${windowStart(start)} AND ${start}::date
    GROUP BY 1
  )
  SELECT to_char(m.month_start, 'YYYY-MM') AS month, COALESCE(t.total, 0)::bigint AS "totalMinor"
  FROM months m LEFT JOIN totals t USING (month_start)
  ORDER BY m.month_start`;

/** A budget's amount in the month starting `start` (null: the budget starts later). */
export const budgetAmountIn = (start: string, budgetId: Prisma.Sql) =>
  Prisma.sql`(${amountInEffect(Prisma.sql`a.amount_minor`, start, budgetId)})`;

/**
 * Spending per category in the month, in the user's currency, with each category's budget; categories with neither
 * spending (in any currency) nor a budget are left out. A category spent on only in other currencies is listed with
 * 0 here: the service adds its converted amounts. Uncategorised spending is one row with a null id. Largest first.
 * Spending comes from expense_monthly_totals, which has one row per category, currency and month.
 */
export const categoryTotalsQuery = ({ userId, currency, start }: MonthScope) => Prisma.sql`
  WITH spent AS (
    SELECT t.category_id, COALESCE(SUM(t.total_minor) FILTER (WHERE t.currency = ${currency}), 0) AS total
    FROM expense_monthly_totals t
    WHERE t.user_id = ${userId}::uuid AND t.month = ${start}::date
    GROUP BY t.category_id
  )
  SELECT c.id AS "categoryId", c.name, c.color, COALESCE(s.total, 0)::bigint AS "totalMinor",
    ${budgetAmountIn(start, Prisma.sql`b.id`)} AS "budgetMinor"
  FROM categories c
  LEFT JOIN spent s ON s.category_id = c.id
  LEFT JOIN budgets b ON b.user_id = c.user_id AND b.category_id = c.id
  WHERE c.user_id = ${userId}::uuid
    AND (s.category_id IS NOT NULL OR ${budgetAmountIn(start, Prisma.sql`b.id`)} IS NOT NULL)
  UNION ALL
  SELECT NULL, NULL, NULL, s.total::bigint, NULL FROM spent s WHERE s.category_id IS NULL
  ORDER BY "totalMinor" DESC, name`;

/** One row per day of the month, days without spending as 0. */
export const dailyTotalsQuery = ({ userId, currency, start }: MonthScope) => Prisma.sql`
  SELECT to_char(d.day, 'YYYY-MM-DD') AS date, COALESCE(SUM(e.amount_minor), 0)::bigint AS "totalMinor"
  FROM generate_series(${start}::date, ${monthEnd(start)} - 1, interval '1 day') AS d(day)
  LEFT JOIN expenses e
    ON e.user_id = ${userId}::uuid AND e.currency = ${currency} AND e.occurred_on = d.day::date
  GROUP BY d.day
  ORDER BY d.day`;

/** The overall budget's amount in the month starting `start` (null: no overall budget). */
export const overallBudgetQuery = (userId: string, start: string) => Prisma.sql`
  SELECT ${budgetAmountIn(start, Prisma.sql`b.id`)} AS "budgetMinor"
  FROM budgets b WHERE b.user_id = ${userId}::uuid AND b.category_id IS NULL`;

/**
 * The currencies other than the user's that they spent in over the 12 months, from expense_monthly_totals (one index
 * read): a user who spends only in their own currency (most) needs nothing more.
 */
export const foreignCurrenciesQuery = ({ userId, currency, start }: MonthScope) => Prisma.sql`
  SELECT DISTINCT t.currency FROM expense_monthly_totals t
  WHERE t.user_id = ${userId}::uuid AND t.currency <> ${currency}
    AND t.month BETWEEN ${windowStart(start)} AND ${start}::date`;

/**
 * Spending in `currencies` (the user's foreign ones, from foreignCurrenciesQuery) over the 12 months, summed per
 * (currency, day, category): the groups the service converts, each at its day's rate, as one JSON array (a heavy
 * user has about a thousand groups a year; one value travels and parses far cheaper than as many rows). A statement of
 * its own, sent only when there are such currencies: inside the dashboard statement PostgreSQL prepared its hash
 * aggregate, sized for a heavy user's whole year, on every call, even when it never ran — half of that statement's
 * time (BENCHMARKS.md, "The dashboard's statement").
 */
export const foreignSpendingQuery = (
  { userId, start }: MonthScope,
  currencies: readonly string[],
) => Prisma.sql`
  SELECT json_agg(g ORDER BY g.currency, g.date) AS groups FROM (
    SELECT e.currency, to_char(e.occurred_on, 'YYYY-MM-DD') AS date, e.category_id AS "categoryId",
      SUM(e.amount_minor) AS "totalMinor", COUNT(*)::int AS count
    FROM expenses e
    WHERE e.user_id = ${userId}::uuid AND e.currency = ANY(${currencies}::bpchar[])
      AND e.occurred_on >= ${windowStart(start)} AND e.occurred_on < ${monthEnd(start)}
    GROUP BY e.currency, e.occurred_on, e.category_id
  ) g`;

/** The latest expenses, newest first. */
export const recentExpensesQuery = (userId: string) => Prisma.sql`
  SELECT ${EXPENSE_COLUMNS} FROM expenses e WHERE e.user_id = ${userId}::uuid ${NEWEST_FIRST} LIMIT ${RECENT_COUNT}`;

/**
 * The whole dashboard in one statement: each query above as a scalar subquery, its rows aggregated to a JSON array
 * (`json_agg … ORDER BY` keeps each one's order; an empty part is NULL). `anyRollover` says whether a budget rolls
 * over, whose available amount (with the carry) the service then reads from budgetsInMonthQuery. One round trip instead of six: each
 * statement sent through Prisma costs the API more than PostgreSQL spends on these small index-backed reads
 * (BENCHMARKS.md). In JSON, sums arrive as numbers, dates and timestamps as ISO strings.
 */
export const dashboardQuery = (scope: MonthScope, rest: { from: string; through: string }) => Prisma.sql`
  SELECT
    (SELECT json_agg(m ORDER BY m.month) FROM (${monthlyTotalsQuery(scope)}) m) AS monthly,
    (SELECT json_agg(c ORDER BY c."totalMinor" DESC, c.name) FROM (${categoryTotalsQuery(scope)}) c) AS "byCategory",
    (SELECT json_agg(d ORDER BY d.date) FROM (${dailyTotalsQuery(scope)}) d) AS daily,
    (SELECT json_agg(f.currency ORDER BY f.currency) FROM (${foreignCurrenciesQuery(scope)}) f) AS "foreignCurrencies",
    (${overallBudgetQuery(scope.userId, scope.start)}) AS "overallBudgetMinor",
    EXISTS (SELECT 1 FROM budgets b WHERE b.user_id = ${scope.userId}::uuid AND b.rollover) AS "anyRollover",
    (SELECT json_agg(r ORDER BY r."occurredOn" DESC, r."createdAt" DESC, r.id DESC)
      FROM (${recentExpensesQuery(scope.userId)}) r) AS recent,
    (SELECT json_agg(s) FROM (${scheduledSeriesQuery(scope.userId, rest.from, rest.through)}) s) AS scheduled`;
