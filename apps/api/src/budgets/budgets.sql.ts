import { Prisma } from '@spendwise/db';

/** The month a budget's newest amount applies from, YYYY-MM; null when from the beginning. */
export const NEWEST_FROM_MONTH = Prisma.sql`(SELECT to_char(NULLIF(max(a.from_month), '-infinity'), 'YYYY-MM')
  FROM budget_amounts a WHERE a.budget_id = b.id)`;

/** A budget's columns, `b` being the budgets row; fromMonth is the month its newest amount applies from. */
const COLUMNS = Prisma.sql`b.id, b.category_id AS "categoryId", b.amount_minor AS "amountMinor", b.currency,
  ${NEWEST_FROM_MONTH} AS "fromMonth", b.rollover,
  b.created_at AS "createdAt", b.updated_at AS "updatedAt"`;

export function timeZoneQuery(userId: string): Prisma.Sql {
  return Prisma.sql`
      SELECT time_zone AS "timeZone" FROM users WHERE id = ${userId}::uuid`;
}

/** The owner's currency, held (FOR SHARE) until the transaction ends: a currency change waits for the write. */
export function ownerForShareQuery(userId: string): Prisma.Sql {
  return Prisma.sql`
        SELECT currency, time_zone AS "timeZone" FROM users WHERE id = ${userId}::uuid FOR SHARE`;
}

export interface BudgetUpsert {
  id: string;
  userId: string;
  categoryId: string | null;
  amountMinor: number;
  currency: string;
  rollover: boolean | undefined;
}

/**
 * The unique index on (user_id, category_id) treats NULLs as equal, so ON CONFLICT also catches a second overall
 * budget; `created` tells an insert from an update.
 */
export function upsertBudgetQuery(budget: BudgetUpsert): Prisma.Sql {
  return Prisma.sql`
        INSERT INTO budgets (id, user_id, category_id, amount_minor, currency, rollover, created_at, updated_at)
        VALUES (${budget.id}::uuid, ${budget.userId}::uuid, ${budget.categoryId}::uuid, ${budget.amountMinor},
          ${budget.currency}, ${budget.rollover ?? false}, now(), now())
        ON CONFLICT (user_id, category_id)
          DO UPDATE SET rollover = COALESCE(${budget.rollover ?? null}::boolean, budgets.rollover), updated_at = now()
        RETURNING id, (xmax = 0) AS created`;
}

/** The owner's currency (held FOR SHARE), only when the budget is theirs. */
export function ownerOfBudgetForShareQuery(userId: string, budgetId: string): Prisma.Sql {
  return Prisma.sql`
        SELECT u.currency, u.time_zone AS "timeZone" FROM users u
        WHERE u.id = ${userId}::uuid
          AND EXISTS (SELECT 1 FROM budgets b WHERE b.id = ${budgetId}::uuid AND b.user_id = u.id)
        FOR SHARE OF u`;
}

export function setRolloverSql(budgetId: string, rollover: boolean): Prisma.Sql {
  return Prisma.sql`UPDATE budgets SET rollover = ${rollover} WHERE id = ${budgetId}::uuid`;
}

/** The amount from `fromMonth` (a month's first day, or '-infinity') on, replacing one set from that same month. */
export function upsertAmountSql(
  budgetId: string,
  fromMonth: string,
  amountMinor: number,
  currency: string,
): Prisma.Sql {
  return Prisma.sql`
      INSERT INTO budget_amounts (budget_id, from_month, amount_minor, currency)
      VALUES (${budgetId}::uuid, ${fromMonth}::date, ${amountMinor}, ${currency})
      ON CONFLICT (budget_id, from_month)
        DO UPDATE SET amount_minor = EXCLUDED.amount_minor, currency = EXCLUDED.currency`;
}

/** The budgets row mirrors its newest amount; returns the budget. */
export function mirrorNewestAmountQuery(budgetId: string): Prisma.Sql {
  return Prisma.sql`
      UPDATE budgets b SET amount_minor = n.amount_minor, currency = n.currency, updated_at = now()
      FROM (SELECT amount_minor, currency FROM budget_amounts WHERE budget_id = ${budgetId}::uuid
            ORDER BY from_month DESC LIMIT 1) n
      WHERE b.id = ${budgetId}::uuid
      RETURNING ${COLUMNS}`;
}

/** Every amount of every budget's history not wholly in `to` yet, locked for the conversion. */
export function amountsToConvertQuery(userId: string, to: string): Prisma.Sql {
  return Prisma.sql`
      SELECT a.budget_id AS "budgetId", a.from_month::text AS "fromMonth", a.amount_minor AS "amountMinor", a.currency
      FROM budget_amounts a JOIN budgets b ON b.id = a.budget_id
      WHERE b.user_id = ${userId}::uuid AND (a.currency <> ${to} OR b.currency <> ${to})
      FOR UPDATE OF a, b`;
}

export interface ConvertedAmount {
  budgetId: string;
  fromMonth: string;
  amountMinor: number;
}

export function convertAmountsSql(to: string, converted: readonly ConvertedAmount[]): Prisma.Sql {
  return Prisma.sql`
      UPDATE budget_amounts a SET amount_minor = c.amount, currency = ${to}
      FROM unnest(${converted.map((row) => row.budgetId)}::uuid[], ${converted.map((row) => row.fromMonth)}::date[],
        ${converted.map((row) => row.amountMinor)}::int[]) AS c(budget_id, from_month, amount)
      WHERE a.budget_id = c.budget_id AND a.from_month = c.from_month`;
}

/** Each budgets row mirrors its newest amount again. */
export function mirrorNewestAmountsSql(budgetIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`
      UPDATE budgets b SET amount_minor = n.amount_minor, currency = n.currency, updated_at = now()
      FROM (SELECT DISTINCT ON (a.budget_id) a.budget_id, a.amount_minor, a.currency
            FROM budget_amounts a WHERE a.budget_id = ANY(${[...budgetIds]}::uuid[])
            ORDER BY a.budget_id, a.from_month DESC) n
      WHERE b.id = n.budget_id`;
}
