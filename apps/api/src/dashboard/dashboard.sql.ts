import { type NotInTotals } from '@spendwise/contracts';
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
  foreignMonths: ForeignMonthRow[] | null;
  overallBudgetMinor: number | null;
  anyRollover: boolean;
  recent: ExpenseRowJson[] | null;
  scheduled: ScheduledSeriesRow[] | null;
}

/**
 * A month of the 12 with spending in other currencies than the base one: which currencies, and its converted
 * figures when they are kept and still valid (foreign_spending_months), else null.
 */
export interface ForeignMonthRow {
  /** YYYY-MM */
  month: string;
  currencies: string[];
  convertedMinor: number | null;
  notInTotals: NotInTotals[] | null;
}

/** A month's converted foreign spending to keep, with the expenses' version it was computed from. */
export interface MonthToKeep {
  /** First day of the month (YYYY-MM-DD). */
  month: string;
  version: number;
  convertedMinor: number;
  notInTotals: NotInTotals[];
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

/**
 * One row per day of the month, days without spending as 0. The month's expenses are summed per day by one index
 * range (user, currency, day), then laid over the days: the range is in the statement itself, not only implied by
 * the join with the days, because the dashboard runs as a prepared statement, and a generic plan cannot know the
 * days' series is 31 rows long: joined per day it read every expense of the person in that currency (100,000 for the
 * heavy user: 430 ms; BENCHMARKS.md, "The dashboard as a prepared statement").
 */
export const dailyTotalsQuery = ({ userId, currency, start }: MonthScope) => Prisma.sql`
  SELECT to_char(d.day, 'YYYY-MM-DD') AS date, COALESCE(s.total, 0)::bigint AS "totalMinor"
  FROM generate_series(${start}::date, ${monthEnd(start)} - 1, interval '1 day') AS d(day)
  LEFT JOIN (
    SELECT e.occurred_on, SUM(e.amount_minor) AS total
    FROM expenses e
    WHERE e.user_id = ${userId}::uuid AND e.currency = ${currency}
      AND e.occurred_on >= ${start}::date AND e.occurred_on < ${monthEnd(start)}
    GROUP BY e.occurred_on
  ) s ON s.occurred_on = d.day::date
  ORDER BY d.day`;

/** The overall budget's amount in the month starting `start` (null: no overall budget). */
export const overallBudgetQuery = (userId: string, start: string) => Prisma.sql`
  SELECT ${budgetAmountIn(start, Prisma.sql`b.id`)} AS "budgetMinor"
  FROM budgets b WHERE b.user_id = ${userId}::uuid AND b.category_id IS NULL`;

/**
 * The months of the 12 in which the user spent in other currencies than theirs, with those currencies, from
 * expense_monthly_totals (one index read): a user who spends only in their own currency (most) needs nothing more.
 * Each month other than the one shown comes with its converted figures when foreign_spending_months keeps them and
 * they are still valid: computed at the version its expenses are at now, at the current versions of ECB's and the
 * person's own rates, in the person's currency now (migration 20261206060000_foreign_spending_months). Read in the
 * dashboard's statement, so in the same snapshot as every other figure it shows. The month shown is always
 * converted per request (its days and categories need the groups).
 */
export const foreignMonthsQuery = ({ userId, currency, start }: MonthScope) => Prisma.sql`
  SELECT to_char(f.month, 'YYYY-MM') AS month, f.currencies,
    k.converted_minor AS "convertedMinor", k.not_in_totals AS "notInTotals"
  FROM (
    SELECT t.month, array_agg(DISTINCT t.currency::text) AS currencies
    FROM expense_monthly_totals t
    WHERE t.user_id = ${userId}::uuid AND t.currency <> ${currency}
      AND t.month BETWEEN ${windowStart(start)} AND ${start}::date
    GROUP BY t.month
  ) f
  LEFT JOIN foreign_spending_months k
    ON k.user_id = ${userId}::uuid AND k.month = f.month AND k.month <> ${start}::date
      AND k.base_currency = ${currency} AND k.computed_at_version = k.expenses_version
      AND k.exchange_rates_version = (SELECT v.version FROM exchange_rates_version v)
      AND k.personal_rates_version = COALESCE(
        (SELECT p.version FROM personal_exchange_rates_versions p WHERE p.user_id = ${userId}::uuid), 0)`;

/**
 * Spending in `currencies` in the months starting on `months` (those of foreignMonthsQuery not kept, and the one
 * shown), summed per (currency, day, category): the groups the service converts, each at its day's rate, as one JSON
 * array (one value travels and parses far cheaper than as many rows). With them, in the same statement and so the
 * same snapshot, each month's expenses version (foreign_spending_months; absent: 0) — the stamp a month kept from
 * these groups carries. A statement of its own, sent only when there are such months: inside the dashboard statement
 * PostgreSQL prepared its hash aggregate on every call, even when it never ran (BENCHMARKS.md, "The dashboard's
 * statement").
 */
export const foreignSpendingQuery = (
  userId: string,
  currencies: readonly string[],
  months: readonly string[],
) => {
  const sorted = [...months].sort();
  return Prisma.sql`
  SELECT
    (SELECT json_agg(g ORDER BY g.currency, g.date) FROM (
      SELECT e.currency, to_char(e.occurred_on, 'YYYY-MM-DD') AS date, e.category_id AS "categoryId",
        SUM(e.amount_minor) AS "totalMinor", COUNT(*)::int AS count
      FROM expenses e
      WHERE e.user_id = ${userId}::uuid AND e.currency = ANY(${currencies}::bpchar[])
        AND e.occurred_on >= ${sorted[0]}::date AND e.occurred_on < ${monthEnd(sorted.at(-1)!)}
        AND date_trunc('month', e.occurred_on)::date = ANY(${sorted}::date[])
      GROUP BY e.currency, e.occurred_on, e.category_id
    ) g) AS groups,
    (SELECT json_object_agg(to_char(k.month, 'YYYY-MM'), k.expenses_version) FROM foreign_spending_months k
      WHERE k.user_id = ${userId}::uuid AND k.month = ANY(${sorted}::date[])) AS versions`;
};

/**
 * foreignSpendingQuery and, beside it in the same row, ratesForDatesQuery's columns (`rates`: that query for the
 * currencies and dates the groups and recent expenses need): the foreign dashboard's second and last round trip,
 * groups, their versions, the rates and theirs read in one snapshot. Each statement sent through node-postgres costs
 * the API CPU, more than these small reads cost PostgreSQL (BENCHMARKS.md, "Foreign spending kept per month").
 */
export const foreignSpendingWithRatesQuery = (
  userId: string,
  currencies: readonly string[],
  months: readonly string[],
  rates: Prisma.Sql,
) => Prisma.sql`
  SELECT g.groups, g.versions, r.version, r."personalVersion", r.ecb, r.personal
  FROM (${foreignSpendingQuery(userId, currencies, months)}) g CROSS JOIN (${rates}) r`;

/**
 * Keeps one month's converted foreign spending in `base`, stamped with the versions it was computed from. Concurrent
 * requests may keep the same month: ON CONFLICT, and the month is only written while its expenses are still at the
 * version it was computed from (an expense written since has counted the row past it, and the figure would never be
 * read anyway). Nothing is written for a user deleted meanwhile. One month per statement, each its own transaction:
 * a request keeping months then holds one row lock at a time and never waits while holding another, so it can never
 * deadlock with a transaction writing expenses of several months (which locks these rows through the triggers).
 */
export const keepForeignMonthSql = (
  userId: string,
  base: string,
  rates: { ecb: string; personal: string },
  { month, version, convertedMinor, notInTotals }: MonthToKeep,
) => Prisma.sql`
  INSERT INTO foreign_spending_months AS k (user_id, month, base_currency, computed_at_version,
    exchange_rates_version, personal_rates_version, converted_minor, not_in_totals)
  SELECT u.id, ${month}::date, ${base}, ${version}::bigint, ${rates.ecb}::bigint, ${rates.personal}::bigint,
    ${convertedMinor}::bigint, ${JSON.stringify(notInTotals)}::json
  FROM users u WHERE u.id = ${userId}::uuid
  ON CONFLICT (user_id, month) DO UPDATE SET
    base_currency = EXCLUDED.base_currency, computed_at_version = EXCLUDED.computed_at_version,
    exchange_rates_version = EXCLUDED.exchange_rates_version,
    personal_rates_version = EXCLUDED.personal_rates_version,
    converted_minor = EXCLUDED.converted_minor, not_in_totals = EXCLUDED.not_in_totals
  WHERE k.expenses_version = EXCLUDED.computed_at_version`;

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
    (SELECT json_agg(f ORDER BY f.month) FROM (${foreignMonthsQuery(scope)}) f) AS "foreignMonths",
    (${overallBudgetQuery(scope.userId, scope.start)}) AS "overallBudgetMinor",
    EXISTS (SELECT 1 FROM budgets b WHERE b.user_id = ${scope.userId}::uuid AND b.rollover) AS "anyRollover",
    (SELECT json_agg(r ORDER BY r."occurredOn" DESC, r."createdAt" DESC, r.id DESC)
      FROM (${recentExpensesQuery(scope.userId)}) r) AS recent,
    (SELECT json_agg(s) FROM (${scheduledSeriesQuery(scope.userId, rest.from, rest.through)}) s) AS scheduled`;

/**
 * dashboardQuery with, beside it in the same row, foreignSpendingQuery's columns for `foreign` (and
 * ratesForDatesQuery's, `rates`, when given): a foreign dashboard in one round trip and one snapshot. Sent only for a
 * person whose previous dashboard of the month needed exactly such a read (DashboardService, foreign-need.ts), never
 * for one who spends in one currency: the groups' hash aggregate is initialised on every call, whether or not it runs
 * (BENCHMARKS.md, "The dashboard's statement"), so the one-currency statement must not carry it.
 */
export const dashboardWithForeignQuery = (
  scope: MonthScope,
  upcoming: { from: string; through: string },
  foreign: { currencies: readonly string[]; months: readonly string[] },
  rates: Prisma.Sql | null,
) => Prisma.sql`
  SELECT d.*, f.* FROM (${dashboardQuery(scope, upcoming)}) d CROSS JOIN (${
    rates
      ? foreignSpendingWithRatesQuery(scope.userId, foreign.currencies, foreign.months, rates)
      : foreignSpendingQuery(scope.userId, foreign.currencies, foreign.months)
  }) f`;
