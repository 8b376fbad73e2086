import { MAX_RATE_AGE_DAYS } from '@spendwise/contracts';
import { Prisma } from '@spendwise/db';

/** The rows of `table` usable for dates in [from, to] (from MAX_RATE_AGE_DAYS before `from` on), as one JSON array. */
const ratesJson = (
  table: Prisma.Sql,
  scope: Prisma.Sql,
  currencies: readonly string[],
  from: string,
  to: string,
) =>
  Prisma.sql`(
    SELECT coalesce(json_agg(json_build_object(
      'currency', r.currency, 'date', to_char(r.date, 'YYYY-MM-DD'), 'rate', r.rate::text)), '[]'::json)
    FROM ${table} r
    WHERE ${scope} r.currency = ANY(${currencies}::bpchar[])
      AND r.date BETWEEN ${from}::date - ${MAX_RATE_AGE_DAYS}::int AND ${to}::date
  )`;

/**
 * What one person's conversions of dates in [from, to] need, in one round trip: the version of ECB's shared rates
 * (exchange_rates_version, counted up by a trigger in the writing transaction), ECB's rates themselves — only when
 * that version is not `knownVersion`, the one the caller already holds them at — and the person's own rates (a
 * handful at most, so always sent) with their version (personal_exchange_rates_versions, 0 before any change). One
 * statement, one snapshot: each version always matches the rates it came with, which is what lets the dashboard
 * stamp a month it keeps converted with them (dashboard.sql.ts, keepForeignMonthsSql).
 * Each part is one ExchangeRate-shaped JSON array: a year of three currencies is ~800 rates, and one JSON value costs
 * the driver a fraction of 800 rows. The codes are compared as bpchar, the columns' type: compared as text,
 * PostgreSQL casts the column and cannot seek the (currency, date) key (ECB's whole history, ~300,000 rows: 2.6 ms →
 * 0.23 ms for a year of three currencies).
 */
export const ratesForDatesQuery = (
  userId: string,
  currencies: readonly string[],
  from: string,
  to: string,
  knownVersion: string | null,
) =>
  Prisma.sql`
    SELECT v.version::text AS version,
      COALESCE((SELECT p.version FROM personal_exchange_rates_versions p WHERE p.user_id = ${userId}::uuid), 0)::text
        AS "personalVersion",
      CASE WHEN v.version = ${knownVersion}::bigint THEN NULL
        ELSE ${ratesJson(Prisma.sql`exchange_rates`, Prisma.empty, currencies, from, to)} END AS ecb,
      ${ratesJson(
        Prisma.sql`personal_exchange_rates`,
        Prisma.sql`r.user_id = ${userId}::uuid AND`,
        currencies,
        from,
        to,
      )} AS personal
    FROM exchange_rates_version v`;

/**
 * The latest rate of each of `currencies`, ECB's or the person's own (the person's wins on a shared date), for
 * amounts that have no date of their own (budgets).
 */
export const latestRatesQuery = (userId: string, currencies: readonly string[]) => Prisma.sql`
  SELECT DISTINCT ON (currency) currency, to_char(date, 'YYYY-MM-DD') AS date, rate::text AS rate
  FROM (
    SELECT currency, date, rate, 0 AS source FROM personal_exchange_rates
    WHERE user_id = ${userId}::uuid AND currency = ANY(${currencies}::bpchar[])
    UNION ALL
    SELECT currency, date, rate, 1 AS source FROM exchange_rates WHERE currency = ANY(${currencies}::bpchar[])
  ) AS rates
  ORDER BY currency, date DESC, source`;
