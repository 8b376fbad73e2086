import { Prisma } from '@spendwise/db';
import type { ForeignGroup } from '../exchange-rates';

/**
 * The budget_amounts row (alias `a`) in effect in the month starting `start` (YYYY-MM-01, or a date expression): the
 * one with the latest from_month on or before it; no row when the budget starts later. One backward read of the
 * primary key (budget_id, from_month).
 */
export const amountInEffect = (
  columns: Prisma.Sql,
  start: string | Prisma.Sql,
  budgetId: Prisma.Sql,
) => Prisma.sql`
  SELECT ${columns} FROM budget_amounts a WHERE a.budget_id = ${budgetId} AND a.from_month <= ${start}::date
  ORDER BY a.from_month DESC LIMIT 1`;

/** Months since year 0 of a month's first day: the difference of two is the number of months between them. */
const monthIndex = (date: Prisma.Sql) =>
  Prisma.sql`(extract(year FROM ${date}) * 12 + extract(month FROM ${date}))`;

/**
 * The month a rolling budget (`b`, owned by `o`) carries from: its first amount's month, or — when its first amount
 * applies from the beginning ('-infinity') — the month it was created in, in its owner's time zone (carrying from
 * the beginning of time would add up decades of unspent budget).
 */
const carryStart = Prisma.sql`COALESCE(
  (SELECT NULLIF(min(a.from_month), '-infinity') FROM budget_amounts a WHERE a.budget_id = b.id),
  date_trunc('month', b.created_at AT TIME ZONE o.time_zone)::date)`;

/**
 * What a budget (`l`, from `listed` below) allowed in the months from l.carry_from up to `end`: each amount times the
 * months it applied (from its from_month to the next amount's), so years of history cost one read of the budget's
 * few amounts, not one per month.
 */
const budgetedBefore = (end: Prisma.Sql) => Prisma.sql`(
  SELECT COALESCE(SUM(r.amount_minor::bigint * (${monthIndex(Prisma.sql`LEAST(r.until, ${end})`)}
    - ${monthIndex(Prisma.sql`GREATEST(r.from_month, l.carry_from)`)})), 0)
  FROM (SELECT a.amount_minor, a.from_month,
          COALESCE(lead(a.from_month) OVER (ORDER BY a.from_month), 'infinity') AS until
        FROM budget_amounts a WHERE a.budget_id = l.id) r
  WHERE r.until > l.carry_from AND r.from_month < ${end})`;

/**
 * What the budget's spending (its category's, or everything for the overall one) was in its own currency in the
 * months from l.carry_from up to `end`, from expense_monthly_totals (refunds are negative and lower it).
 */
const spentBefore = (userId: string, end: Prisma.Sql) => Prisma.sql`(
  SELECT COALESCE(SUM(t.total_minor), 0) FROM expense_monthly_totals t
  WHERE t.user_id = ${userId}::uuid AND t.currency = l.currency
    AND t.month >= l.carry_from AND t.month < ${end}
    AND (l.category_id IS NULL OR t.category_id = l.category_id))`;

/** A budget in the month asked for, with the part of its carry in its own currency (budgetsInMonthQuery). */
export interface BudgetInMonthRow {
  id: string;
  categoryId: string | null;
  amountMinor: number;
  currency: string;
  fromMonth: string | null;
  rollover: boolean;
  createdAt: string;
  updatedAt: string;
  /** YYYY-MM-DD: the first month carried from; null when the budget does not roll over. */
  carryFrom: string | null;
  /** Budgeted minus spent in the budget's currency over the months carried; 0 without rollover. */
  carriedInCurrencyMinor: number;
}

export interface BudgetsInMonthResult {
  /** The owner's currency; null when the user is gone. */
  currency: string | null;
  items: BudgetInMonthRow[] | null;
  /** Spending in currencies other than the owner's since the earliest carry start, per (currency, day, category). */
  foreignGroups: ForeignGroup[] | null;
}

/**
 * The person's budgets as they were in `month` (YYYY-MM), in one statement: each with the amount in effect then (only
 * budgets that existed by then), and — for a budget that rolls over — what carried into the month: the sum over every
 * earlier month since it started of (that month's amount − that month's spending). A month's leftover (or overspend)
 * is exactly what it adds to the next month, so the carry into a month is that plain sum: no month-by-month loop.
 * Spending in other currencies arrives as (currency, day, category) groups since the earliest carry start, for the
 * service to convert with the one conversion every total uses (convertMinor via toBaseCurrency); with no such
 * spending the array lookup is empty and the expenses table is not read.
 */
export const budgetsInMonthQuery = (userId: string, month: string) => {
  const start = Prisma.sql`${`${month}-01`}::date`;
  const inEffect = amountInEffect(
    Prisma.sql`a.amount_minor, a.currency, a.from_month`,
    start,
    Prisma.sql`b.id`,
  );
  return Prisma.sql`
    WITH o AS (SELECT currency, time_zone FROM users WHERE id = ${userId}::uuid),
    listed AS MATERIALIZED (
      SELECT b.id, b.category_id, b.rollover, b.created_at, b.updated_at, m.amount_minor, m.currency, m.from_month,
        CASE WHEN b.rollover THEN ${carryStart} END AS carry_from
      FROM budgets b CROSS JOIN o CROSS JOIN LATERAL (${inEffect}) m
      WHERE b.user_id = ${userId}::uuid
    ),
    earliest AS (SELECT min(carry_from) AS carry_from FROM listed)
    SELECT (SELECT currency FROM o) AS currency,
      (SELECT json_agg(json_build_object(
          'id', l.id, 'categoryId', l.category_id, 'amountMinor', l.amount_minor, 'currency', l.currency,
          'fromMonth', to_char(NULLIF(l.from_month, '-infinity'), 'YYYY-MM'), 'rollover', l.rollover,
          'createdAt', l.created_at, 'updatedAt', l.updated_at,
          'carryFrom', CASE WHEN l.carry_from < ${start} THEN to_char(l.carry_from, 'YYYY-MM-DD') END,
          'carriedInCurrencyMinor', CASE WHEN l.carry_from < ${start}
            THEN ${budgetedBefore(start)} - ${spentBefore(userId, start)} ELSE 0 END
        ) ORDER BY l.category_id ASC NULLS FIRST)
        FROM listed l) AS items,
      (SELECT json_agg(g) FROM (
        SELECT e.currency, to_char(e.occurred_on, 'YYYY-MM-DD') AS date, e.category_id AS "categoryId",
          SUM(e.amount_minor) AS "totalMinor", COUNT(*)::int AS count
        FROM expenses e, earliest
        WHERE e.user_id = ${userId}::uuid
          AND e.currency = ANY(ARRAY(
            SELECT DISTINCT t.currency FROM expense_monthly_totals t, earliest, o
            WHERE t.user_id = ${userId}::uuid AND t.currency <> o.currency
              AND t.month >= earliest.carry_from AND t.month < ${start}))
          AND e.occurred_on >= earliest.carry_from AND e.occurred_on < ${start}
        GROUP BY e.currency, e.occurred_on, e.category_id) g) AS "foreignGroups"`;
};
