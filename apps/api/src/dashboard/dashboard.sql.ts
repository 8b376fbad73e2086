import { MAX_RATE_AGE_DAYS, minorUnitDigits } from '@spendwise/contracts';
import { Prisma } from '@spendwise/db';
import { amountInEffect } from '../budgets/budget-amounts.sql';
import { EXPENSE_COLUMNS, NEWEST_FIRST } from '../expenses/expense-filters.sql';
import { scheduledSeriesQuery } from '../recurring/scheduled';

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

/** 10^(the currency's ISO 4217 minor units: "1", "100", "1000"), the decimal the statement multiplies by. */
const minorPerMajor = (currency: string): string => `1${'0'.repeat(minorUnitDigits(currency))}`;

/** The largest integer a JavaScript number holds exactly: beyond it convertMinor answers out-of-range. */
const MAX_SAFE_MINOR = Prisma.sql`9007199254740991`;

/**
 * A published rate as one sortable numeric: its date (days since 1970) × 10^18 + the rate × 10^10 (the columns are
 * numeric(18,10): below 10^8, so the rate part stays below 10^18). The running max of it over a timeline is the latest
 * rate on or before each row — its date and its rate in one value, with no join (see foreignSpendingQuery).
 */
const RATE_KEY_SHIFT = Prisma.sql`1000000000000000000::numeric`;
/** EUR's own rate in the keys' scale (1 × 10^10): every rate there is scaled alike, so the ratio is exact. */
const EUR_RATE_SCALED = Prisma.sql`10000000000::numeric`;
const epochDays = (day: Prisma.Sql) => Prisma.sql`(${day} - DATE '1970-01-01')`;

/**
 * Spending in `currencies` (the user's foreign ones, from foreignCurrenciesQuery) over the 12 months, converted to
 * the base currency in PostgreSQL exactly as convertMinor converts it (contracts' exchange.ts), so that the API
 * receives a dozen sums rather than a heavy user's thousand groups and their rates (BENCHMARKS.md, "Foreign spending
 * converted in SQL"); the API e2e dashboard-conversion compares the two:
 *
 * - grouped per (currency, day, category), each group converted and rounded once, as toBaseCurrency does;
 * - at each side's rate of that day: the latest published on or before it, at most MAX_RATE_AGE_DAYS older, the
 *   person's own winning over ECB's on the same date (`published`), EUR's 1. The rates and the groups form one
 *   timeline; a running max of the rate keys (RATE_KEY_SHIFT) gives each group its currency's and the base
 *   currency's latest rate — one sort, no join (joined, PostgreSQL misjudged the groups tenfold and nested its loops);
 * - minor_to = minor_from × rate_to × 10^d_to / (rate_from × 10^d_from), cross rates through EUR, in numeric (exact),
 *   rounded half to even; without a rate on either side, or beyond a safe integer, a group is not converted but summed
 *   per currency into notInTotals (count, amount as recorded, its dates).
 *
 * One row of JSON parts: monthly (converted sums per month), daily and byCategory (the month shown only), notInTotals.
 */
export const foreignSpendingQuery = (
  { userId, currency: base, start }: MonthScope,
  currencies: readonly string[],
) => {
  const rated = [...currencies, base];
  const from = Prisma.sql`${windowStart(start)} - ${MAX_RATE_AGE_DAYS}::int`;
  return Prisma.sql`
  WITH groups AS (
    SELECT e.currency, e.occurred_on AS day, e.category_id, SUM(e.amount_minor) AS total, COUNT(*)::int AS count
    FROM expenses e
    WHERE e.user_id = ${userId}::uuid AND e.currency = ANY(${currencies}::bpchar[])
      AND e.occurred_on >= ${windowStart(start)} AND e.occurred_on < ${monthEnd(start)}
    GROUP BY e.currency, e.occurred_on, e.category_id
  ),
  published AS (
    SELECT DISTINCT ON (r.currency, r.date) r.currency, r.date, r.rate FROM (
      SELECT p.currency, p.date, p.rate, 0 AS source FROM personal_exchange_rates p
      WHERE p.user_id = ${userId}::uuid AND p.currency = ANY(${rated}::bpchar[])
        AND p.date >= ${from} AND p.date < ${monthEnd(start)}
      UNION ALL
      SELECT x.currency, x.date, x.rate, 1 AS source FROM exchange_rates x
      WHERE x.currency = ANY(${rated}::bpchar[]) AND x.date >= ${from} AND x.date < ${monthEnd(start)}
    ) r ORDER BY r.currency, r.date, r.source
  ),
  timeline AS (
    SELECT g.currency, g.day, 1 AS kind, g.category_id, g.total, g.count, NULL::numeric AS own_key,
      NULL::numeric AS base_key
    FROM groups g
    UNION ALL
    SELECT p.currency, p.date, 0, NULL, NULL, NULL,
      CASE WHEN p.currency <> ${base}::bpchar THEN ${epochDays(Prisma.sql`p.date`)} * ${RATE_KEY_SHIFT} + p.rate * 10000000000 END,
      CASE WHEN p.currency = ${base}::bpchar THEN ${epochDays(Prisma.sql`p.date`)} * ${RATE_KEY_SHIFT} + p.rate * 10000000000 END
    FROM published p
  ),
  latest AS (
    SELECT t.currency, t.day, t.category_id, t.total, t.count,
      max(t.own_key) OVER (PARTITION BY t.currency ORDER BY t.day, t.kind ROWS UNBOUNDED PRECEDING) AS from_key,
      max(t.base_key) OVER (ORDER BY t.day, t.kind ROWS UNBOUNDED PRECEDING) AS to_key
    FROM timeline t
  ),
  fractions AS (
    SELECT l.currency, l.day, l.category_id, l.total, l.count,
      l.total * (CASE WHEN ${base}::bpchar = 'EUR' THEN ${EUR_RATE_SCALED}
          WHEN div(l.to_key, ${RATE_KEY_SHIFT}) >= ${epochDays(Prisma.sql`l.day`)} - ${MAX_RATE_AGE_DAYS}
          THEN mod(l.to_key, ${RATE_KEY_SHIFT}) END)
        * ${minorPerMajor(base)}::numeric AS num,
      (CASE WHEN l.currency = 'EUR' THEN ${EUR_RATE_SCALED}
          WHEN div(l.from_key, ${RATE_KEY_SHIFT}) >= ${epochDays(Prisma.sql`l.day`)} - ${MAX_RATE_AGE_DAYS}
          THEN mod(l.from_key, ${RATE_KEY_SHIFT}) END)
        * (${currencies.map(minorPerMajor)}::numeric[])[array_position(${currencies}::text[], l.currency::text)] AS den
    FROM latest l WHERE l.total IS NOT NULL
  ),
  rounded AS (
    SELECT f.currency, f.day, f.category_id, f.total, f.count,
      sign(f.num) * (div(abs(f.num), f.den)
        + CASE WHEN 2 * mod(abs(f.num), f.den) > f.den
                 OR (2 * mod(abs(f.num), f.den) = f.den AND mod(div(abs(f.num), f.den), 2) = 1)
               THEN 1 ELSE 0 END) AS amount
    FROM fractions f
  ),
  converted AS (
    SELECT r.currency, r.day, r.category_id, r.total, r.count,
      CASE WHEN abs(r.amount) <= ${MAX_SAFE_MINOR} THEN r.amount::bigint END AS amount
    FROM rounded r
  )
  SELECT
    (SELECT json_agg(m ORDER BY m.month) FROM (
      SELECT to_char(c.day, 'YYYY-MM') AS month, SUM(c.amount)::bigint AS "amountMinor"
      FROM converted c WHERE c.amount IS NOT NULL GROUP BY 1) m) AS monthly,
    (SELECT json_agg(d ORDER BY d.date) FROM (
      SELECT to_char(c.day, 'YYYY-MM-DD') AS date, SUM(c.amount)::bigint AS "amountMinor"
      FROM converted c WHERE c.amount IS NOT NULL AND c.day >= ${start}::date GROUP BY 1) d) AS daily,
    (SELECT json_agg(k) FROM (
      SELECT c.category_id AS "categoryId", SUM(c.amount)::bigint AS "amountMinor"
      FROM converted c WHERE c.amount IS NOT NULL AND c.day >= ${start}::date GROUP BY 1) k) AS "byCategory",
    (SELECT json_agg(n ORDER BY n.currency) FROM (
      SELECT c.currency, SUM(c.count)::int AS count, SUM(c.total)::bigint AS "amountMinor",
        json_agg(DISTINCT to_char(c.day, 'YYYY-MM-DD') ORDER BY to_char(c.day, 'YYYY-MM-DD')) AS dates
      FROM converted c WHERE c.amount IS NULL GROUP BY c.currency) n) AS "notInTotals"`;
};

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
