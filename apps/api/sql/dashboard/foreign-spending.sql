-- Built by apps/api/src/dashboard/dashboard.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = ["JPY","USD"]
-- $3 = "2026-12-01"
-- $4 = "2026-12-01"
-- $5 = ["JPY","USD"]
-- $6 = ["1","100"]
-- $7 = "EUR"
-- $8 = "0192f1c4-0000-7000-8000-000000000001"
-- $9 = ["JPY","USD","EUR"]
-- $10 = "2026-12-01"
-- $11 = 7
-- $12 = "2026-12-01"
-- $13 = ["JPY","USD","EUR"]
-- $14 = "2026-12-01"
-- $15 = 7
-- $16 = "2026-12-01"
-- $17 = 7
-- $18 = "100"
-- $19 = "EUR"
-- $20 = "2026-12-01"
-- $21 = "2026-12-01"
WITH groups AS (
  SELECT e.currency, e.occurred_on AS day, e.category_id, SUM(e.amount_minor) AS total, COUNT(*)::int AS count
  FROM expenses e
  WHERE e.user_id = $1::uuid AND e.currency = ANY($2::bpchar[])
    AND e.occurred_on >= ($3::date - interval '11 months')::date AND e.occurred_on < ($4::date + interval '1 month')::date
  GROUP BY e.currency, e.occurred_on, e.category_id
),
scales AS (
  SELECT * FROM unnest($5::bpchar[], $6::numeric[])
    AS s(currency, minor_per_major)
),
wanted AS (
  SELECT DISTINCT g.currency, g.day FROM groups g
  UNION
  SELECT DISTINCT $7::bpchar, g.day FROM groups g
),
rates AS (

WITH published AS (
  SELECT DISTINCT ON (r.currency, r.date) r.currency, r.date, r.rate FROM (
    SELECT p.currency, p.date, p.rate, 0 AS source FROM personal_exchange_rates p
    WHERE p.user_id = $8::uuid AND p.currency = ANY($9::bpchar[])
      AND p.date BETWEEN ($10::date - interval '11 months')::date - $11::int AND ($12::date + interval '1 month')::date - 1
    UNION ALL
    SELECT x.currency, x.date, x.rate, 1 AS source FROM exchange_rates x
    WHERE x.currency = ANY($13::bpchar[])
      AND x.date BETWEEN ($14::date - interval '11 months')::date - $15::int AND ($16::date + interval '1 month')::date - 1
  ) r ORDER BY r.currency, r.date, r.source
),
latest AS (
  SELECT a.currency, a.day, a.wanted,
    max(a.rate_date) OVER (PARTITION BY a.currency ORDER BY a.day, a.wanted ROWS UNBOUNDED PRECEDING) AS rate_date
  FROM (
    SELECT w.currency, w.day, true AS wanted, NULL::date AS rate_date FROM wanted w
    UNION ALL
    SELECT p.currency, p.date, false, p.date FROM published p
  ) a
)
SELECT l.currency, l.day,
  CASE WHEN l.currency = 'EUR' THEN 1::numeric WHEN l.rate_date >= l.day - $17::int THEN p.rate END
    AS rate
FROM latest l LEFT JOIN published p ON p.currency = l.currency AND p.date = l.rate_date
WHERE l.wanted
),
fractions AS (
  SELECT g.currency, g.day, g.category_id, g.total, g.count,
    g.total * b.rate * $18::numeric AS num, r.rate * s.minor_per_major AS den
  FROM groups g
  JOIN scales s USING (currency)
  JOIN rates r USING (currency, day)
  JOIN rates b ON b.currency = $19::bpchar AND b.day = g.day
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
    CASE WHEN abs(r.amount) <= 9007199254740991 THEN r.amount::bigint END AS amount
  FROM rounded r
)
SELECT
  (SELECT json_agg(m ORDER BY m.month) FROM (
    SELECT to_char(c.day, 'YYYY-MM') AS month, SUM(c.amount)::bigint AS "amountMinor"
    FROM converted c WHERE c.amount IS NOT NULL GROUP BY 1) m) AS monthly,
  (SELECT json_agg(d ORDER BY d.date) FROM (
    SELECT to_char(c.day, 'YYYY-MM-DD') AS date, SUM(c.amount)::bigint AS "amountMinor"
    FROM converted c WHERE c.amount IS NOT NULL AND c.day >= $20::date GROUP BY 1) d) AS daily,
  (SELECT json_agg(k) FROM (
    SELECT c.category_id AS "categoryId", SUM(c.amount)::bigint AS "amountMinor"
    FROM converted c WHERE c.amount IS NOT NULL AND c.day >= $21::date GROUP BY 1) k) AS "byCategory",
  (SELECT json_agg(n ORDER BY n.currency) FROM (
    SELECT c.currency, SUM(c.count)::int AS count, SUM(c.total)::bigint AS "amountMinor",
      json_agg(DISTINCT to_char(c.day, 'YYYY-MM-DD') ORDER BY to_char(c.day, 'YYYY-MM-DD')) AS dates
    FROM converted c WHERE c.amount IS NULL GROUP BY c.currency) n) AS "notInTotals"
