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
 * handful at most, so always sent). One statement, one snapshot: the version always matches the rates it came with.
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
 * A SELECT of (currency, day, rate): for each row of `wanted` (a relation of currency bpchar and day date, all days in
 * [from, to]), the rate convertMinor would use (contracts' exchange.ts, rateOn) — 1 for EUR; otherwise the latest
 * rate on or before the day and at most MAX_RATE_AGE_DAYS older, the person's own winning over ECB's on the same date
 * (as withOwnRates makes it in the API); NULL when there is none, never a made-up rate. The rates are read once, one
 * range per currency on the primary key, and matched to the days in one ordered pass (a running max of the rate
 * dates): a subquery per day was 5× the whole statement's cost for a heavy user (BENCHMARKS.md).
 */
export const ratesAsOfSql = (
  userId: string,
  wanted: Prisma.Sql,
  currencies: readonly string[],
  from: Prisma.Sql,
  to: Prisma.Sql,
) => Prisma.sql`
  WITH published AS (
    SELECT DISTINCT ON (r.currency, r.date) r.currency, r.date, r.rate FROM (
      SELECT p.currency, p.date, p.rate, 0 AS source FROM personal_exchange_rates p
      WHERE p.user_id = ${userId}::uuid AND p.currency = ANY(${currencies}::bpchar[])
        AND p.date BETWEEN ${from} - ${MAX_RATE_AGE_DAYS}::int AND ${to}
      UNION ALL
      SELECT x.currency, x.date, x.rate, 1 AS source FROM exchange_rates x
      WHERE x.currency = ANY(${currencies}::bpchar[])
        AND x.date BETWEEN ${from} - ${MAX_RATE_AGE_DAYS}::int AND ${to}
    ) r ORDER BY r.currency, r.date, r.source
  ),
  latest AS (
    SELECT a.currency, a.day, a.wanted,
      max(a.rate_date) OVER (PARTITION BY a.currency ORDER BY a.day, a.wanted ROWS UNBOUNDED PRECEDING) AS rate_date
    FROM (
      SELECT w.currency, w.day, true AS wanted, NULL::date AS rate_date FROM ${wanted} w
      UNION ALL
      SELECT p.currency, p.date, false, p.date FROM published p
    ) a
  )
  SELECT l.currency, l.day,
    CASE WHEN l.currency = 'EUR' THEN 1::numeric WHEN l.rate_date >= l.day - ${MAX_RATE_AGE_DAYS}::int THEN p.rate END
      AS rate
  FROM latest l LEFT JOIN published p ON p.currency = l.currency AND p.date = l.rate_date
  WHERE l.wanted`;
