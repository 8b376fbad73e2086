-- Built by apps/api/src/dashboard/dashboard.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = ["JPY","USD"]
-- $3 = "2026-12-01"
-- $4 = "2026-12-01"
-- $5 = ["JPY","USD"]
-- $6 = ["1","100"]
-- $7 = "EUR"
-- $8 = "0192f1c4-0000-7000-8000-000000000001"
-- $9 = "EUR"
-- $10 = 7
-- $11 = "EUR"
-- $12 = 7
-- $13 = "0192f1c4-0000-7000-8000-000000000001"
-- $14 = 7
-- $15 = 7
-- $16 = "100"
-- $17 = "2026-12-01"
-- $18 = "2026-12-01"
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
days AS (SELECT DISTINCT g.day FROM groups g),
base_rates AS (
  SELECT d.day,
CASE WHEN $7::bpchar = 'EUR' THEN 1::numeric ELSE (
  SELECT r.rate FROM (
    (SELECT p.date, 0 AS source, p.rate FROM personal_exchange_rates p
      WHERE p.user_id = $8::uuid AND p.currency = $9::bpchar
        AND p.date BETWEEN d.day - $10::int AND d.day
      ORDER BY p.date DESC LIMIT 1)
    UNION ALL
    (SELECT x.date, 1 AS source, x.rate FROM exchange_rates x
      WHERE x.currency = $11::bpchar AND x.date BETWEEN d.day - $12::int AND d.day
      ORDER BY x.date DESC LIMIT 1)
  ) r ORDER BY r.date DESC, r.source LIMIT 1) END AS rate FROM days d
),
rates AS (
  SELECT c.currency, c.day,
CASE WHEN c.currency = 'EUR' THEN 1::numeric ELSE (
  SELECT r.rate FROM (
    (SELECT p.date, 0 AS source, p.rate FROM personal_exchange_rates p
      WHERE p.user_id = $13::uuid AND p.currency = c.currency
        AND p.date BETWEEN c.day - $14::int AND c.day
      ORDER BY p.date DESC LIMIT 1)
    UNION ALL
    (SELECT x.date, 1 AS source, x.rate FROM exchange_rates x
      WHERE x.currency = c.currency AND x.date BETWEEN c.day - $15::int AND c.day
      ORDER BY x.date DESC LIMIT 1)
  ) r ORDER BY r.date DESC, r.source LIMIT 1) END AS rate
  FROM (SELECT DISTINCT g.currency, g.day FROM groups g) c
),
fractions AS (
  SELECT g.currency, g.day, g.category_id, g.total, g.count,
    g.total * b.rate * $16::numeric AS num, r.rate * s.minor_per_major AS den
  FROM groups g
  JOIN scales s USING (currency)
  JOIN rates r USING (currency, day)
  JOIN base_rates b USING (day)
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
    FROM converted c WHERE c.amount IS NOT NULL AND c.day >= $17::date GROUP BY 1) d) AS daily,
  (SELECT json_agg(k) FROM (
    SELECT c.category_id AS "categoryId", SUM(c.amount)::bigint AS "amountMinor"
    FROM converted c WHERE c.amount IS NOT NULL AND c.day >= $18::date GROUP BY 1) k) AS "byCategory",
  (SELECT json_agg(n ORDER BY n.currency) FROM (
    SELECT c.currency, SUM(c.count)::int AS count, SUM(c.total)::bigint AS "amountMinor",
      json_agg(DISTINCT to_char(c.day, 'YYYY-MM-DD') ORDER BY to_char(c.day, 'YYYY-MM-DD')) AS dates
    FROM converted c WHERE c.amount IS NULL GROUP BY c.currency) n) AS "notInTotals"
