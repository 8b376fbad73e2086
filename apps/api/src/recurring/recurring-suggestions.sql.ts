import { Prisma } from '@spendwise/db';

/**
 * Expenses of the last `historyDays` that repeat at least `minSeen` times with one name, amount and currency, each
 * group with its dates and its latest expense's wording and category. Expenses a series made and refunds are left
 * out.
 */
export function repeatedExpensesQuery(
  userId: string,
  today: string,
  historyDays: number,
  minSeen: number,
): Prisma.Sql {
  return Prisma.sql`
      SELECT name, amount_minor AS "amountMinor", currency,
             (array_agg(description ORDER BY occurred_on DESC, created_at DESC))[1] AS description,
             (array_agg(merchant ORDER BY occurred_on DESC, created_at DESC))[1] AS merchant,
             (array_agg(category_id ORDER BY occurred_on DESC, created_at DESC))[1]::text AS "categoryId",
             array_agg(to_char(occurred_on, 'YYYY-MM-DD') ORDER BY occurred_on) AS dates
      FROM (
        SELECT lower(btrim(coalesce(nullif(btrim(merchant), ''), description))) AS name, *
        FROM expenses
        -- Refunds (negative) are money back, never a habit a series should repeat.
        WHERE user_id = ${userId}::uuid AND recurring_occurrence_id IS NULL AND amount_minor > 0
          AND occurred_on > ${today}::date - ${historyDays}::int AND occurred_on <= ${today}::date
      ) named
      GROUP BY name, amount_minor, currency
      HAVING count(DISTINCT occurred_on) >= ${minSeen}`;
}

/** The habits the person's series that have not ended already cover. */
export function coveredHabitsQuery(userId: string, today: string): Prisma.Sql {
  return Prisma.sql`
      SELECT lower(btrim(coalesce(nullif(btrim(merchant), ''), description))) AS name,
             amount_minor AS "amountMinor", currency
      FROM recurring_series
      WHERE user_id = ${userId}::uuid AND (end_on IS NULL OR end_on >= ${today}::date)`;
}
