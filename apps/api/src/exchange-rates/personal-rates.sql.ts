import { MAX_PERSONAL_RATES } from '@spendwise/contracts';
import { Prisma } from '@spendwise/db';

/** A personal_exchange_rates row as the service reads it; `created` only from upsertRateSql. */
export interface PersonalRateRow {
  currency: string;
  date: string;
  rate: string;
  updatedAt: Date;
  created?: boolean;
}

// trim_scale reads the numeric(18,10) column back as the decimal the person typed ("1.05", not "1.0500000000").
const RATE_COLUMNS = Prisma.sql`currency, to_char(date, 'YYYY-MM-DD') AS date, trim_scale(rate)::text AS rate,
  updated_at AS "updatedAt"`;

/** The person's rates, by currency, newest date first. */
export const listRatesQuery = (userId: string) => Prisma.sql`
  SELECT ${RATE_COLUMNS} FROM personal_exchange_rates WHERE user_id = ${userId}::uuid
  ORDER BY currency, date DESC`;

/**
 * Creates or replaces the person's rate of `currency` on `date`. xmax is 0 on a row this statement inserted, the
 * updating transaction's id on one it replaced. A new rate beyond MAX_PERSONAL_RATES inserts nothing (two
 * concurrent requests may both pass: the cap is a bound on size, not an exact count); replacing one always works.
 */
export const upsertRateSql = (userId: string, currency: string, date: string, rate: string) => Prisma.sql`
  INSERT INTO personal_exchange_rates (user_id, currency, date, rate, updated_at)
  SELECT ${userId}::uuid, ${currency}, ${date}::date, ${rate}::numeric, now()
  WHERE (SELECT count(*) FROM personal_exchange_rates WHERE user_id = ${userId}::uuid) < ${MAX_PERSONAL_RATES}
    OR EXISTS (SELECT FROM personal_exchange_rates
               WHERE user_id = ${userId}::uuid AND currency = ${currency} AND date = ${date}::date)
  ON CONFLICT (user_id, currency, date) DO UPDATE SET rate = EXCLUDED.rate, updated_at = now()
  RETURNING ${RATE_COLUMNS}, (xmax = 0) AS created`;

export const deleteRateSql = (userId: string, currency: string, date: string) => Prisma.sql`
  DELETE FROM personal_exchange_rates
  WHERE user_id = ${userId}::uuid AND currency = ${currency} AND date = ${date}::date`;
