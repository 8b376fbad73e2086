-- Built by apps/api/src/dashboard/dashboard.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = ["JPY","USD"]
-- $3 = "2026-12-01"
-- $4 = "2026-12-01"
-- $5 = "0192f1c4-0000-7000-8000-000000000001"
-- $6 = ["JPY","USD","EUR"]
-- $7 = "2026-12-01"
-- $8 = 7
-- $9 = "2026-12-01"
-- $10 = ["JPY","USD","EUR"]
-- $11 = "2026-12-01"
-- $12 = 7
-- $13 = "2026-12-01"
-- $14 = "EUR"
-- $15 = "EUR"
-- $16 = "EUR"
-- $17 = 7
-- $18 = "100"
-- $19 = 7
-- $20 = ["1","100"]
-- $21 = ["JPY","USD"]
-- $22 = "2026-12-01"
-- $23 = "2026-12-01"
WITH groups AS (
  SELECT e.currency, e.occurred_on AS day, e.category_id, SUM(e.amount_minor) AS total, COUNT(*)::int AS count
  FROM expenses e
  WHERE e.user_id = $1::uuid AND e.currency = ANY($2::bpchar[])
    AND e.occurred_on >= ($3::date - interval '11 months')::date AND e.occurred_on < ($4::date + interval '1 month')::date
  GROUP BY e.currency, e.occurred_on, e.category_id
),
published AS (
  SELECT DISTINCT ON (r.currency, r.date) r.currency, r.date, r.rate FROM (
    SELECT p.currency, p.date, p.rate, 0 AS source FROM personal_exchange_rates p
    WHERE p.user_id = $5::uuid AND p.currency = ANY($6::bpchar[])
      AND p.date >= ($7::date - interval '11 months')::date - $8::int AND p.date < ($9::date + interval '1 month')::date
    UNION ALL
    SELECT x.currency, x.date, x.rate, 1 AS source FROM exchange_rates x
    WHERE x.currency = ANY($10::bpchar[]) AND x.date >= ($11::date - interval '11 months')::date - $12::int AND x.date < ($13::date + interval '1 month')::date
  ) r ORDER BY r.currency, r.date, r.source
),
timeline AS (
  SELECT g.currency, g.day, 1 AS kind, g.category_id, g.total, g.count, NULL::numeric AS own_key,
    NULL::numeric AS base_key
  FROM groups g
  UNION ALL
  SELECT p.currency, p.date, 0, NULL, NULL, NULL,
    CASE WHEN p.currency <> $14::bpchar THEN (p.date - DATE '1970-01-01') * 1000000000000000000::numeric + p.rate * 10000000000 END,
    CASE WHEN p.currency = $15::bpchar THEN (p.date - DATE '1970-01-01') * 1000000000000000000::numeric + p.rate * 10000000000 END
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
    l.total * (CASE WHEN $16::bpchar = 'EUR' THEN 10000000000::numeric
        WHEN div(l.to_key, 1000000000000000000::numeric) >= (l.day - DATE '1970-01-01') - $17
        THEN mod(l.to_key, 1000000000000000000::numeric) END)
      * $18::numeric AS num,
    (CASE WHEN l.currency = 'EUR' THEN 10000000000::numeric
        WHEN div(l.from_key, 1000000000000000000::numeric) >= (l.day - DATE '1970-01-01') - $19
        THEN mod(l.from_key, 1000000000000000000::numeric) END)
      * ($20::numeric[])[array_position($21::text[], l.currency::text)] AS den
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
    CASE WHEN abs(r.amount) <= 9007199254740991 THEN r.amount::bigint END AS amount
  FROM rounded r
)
SELECT
  (SELECT json_agg(m ORDER BY m.month) FROM (
    SELECT to_char(c.day, 'YYYY-MM') AS month, SUM(c.amount)::bigint AS "amountMinor"
    FROM converted c WHERE c.amount IS NOT NULL GROUP BY 1) m) AS monthly,
  (SELECT json_agg(d ORDER BY d.date) FROM (
    SELECT to_char(c.day, 'YYYY-MM-DD') AS date, SUM(c.amount)::bigint AS "amountMinor"
    FROM converted c WHERE c.amount IS NOT NULL AND c.day >= $22::date GROUP BY 1) d) AS daily,
  (SELECT json_agg(k) FROM (
    SELECT c.category_id AS "categoryId", SUM(c.amount)::bigint AS "amountMinor"
    FROM converted c WHERE c.amount IS NOT NULL AND c.day >= $23::date GROUP BY 1) k) AS "byCategory",
  (SELECT json_agg(n ORDER BY n.currency) FROM (
    SELECT c.currency, SUM(c.count)::int AS count, SUM(c.total)::bigint AS "amountMinor",
      json_agg(DISTINCT to_char(c.day, 'YYYY-MM-DD') ORDER BY to_char(c.day, 'YYYY-MM-DD')) AS dates
    FROM converted c WHERE c.amount IS NULL GROUP BY c.currency) n) AS "notInTotals"
