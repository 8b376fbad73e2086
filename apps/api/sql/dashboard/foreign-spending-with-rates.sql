-- Built by apps/api/src/dashboard/dashboard.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = ["JPY","USD"]
-- $3 = "2026-12-01"
-- $4 = "2026-12-01"
-- $5 = ["2026-12-01"]
-- $6 = "0192f1c4-0000-7000-8000-000000000001"
-- $7 = ["2026-12-01"]
-- $8 = "0192f1c4-0000-7000-8000-000000000001"
-- $9 = "41"
-- $10 = ["JPY","USD"]
-- $11 = "2026-12-01"
-- $12 = 7
-- $13 = "2026-12-31"
-- $14 = "0192f1c4-0000-7000-8000-000000000001"
-- $15 = ["JPY","USD"]
-- $16 = "2026-12-01"
-- $17 = 7
-- $18 = "2026-12-31"
SELECT g.groups, g.versions, r.version, r."personalVersion", r.ecb, r.personal
FROM (
SELECT
  (SELECT json_agg(g ORDER BY g.currency, g.date) FROM (
    SELECT e.currency, to_char(e.occurred_on, 'YYYY-MM-DD') AS date, e.category_id AS "categoryId",
      SUM(e.amount_minor) AS "totalMinor", COUNT(*)::int AS count
    FROM expenses e
    WHERE e.user_id = $1::uuid AND e.currency = ANY($2::bpchar[])
      AND e.occurred_on >= $3::date AND e.occurred_on < ($4::date + interval '1 month')::date
      AND date_trunc('month', e.occurred_on)::date = ANY($5::date[])
    GROUP BY e.currency, e.occurred_on, e.category_id
  ) g) AS groups,
  (SELECT json_object_agg(to_char(k.month, 'YYYY-MM'), k.expenses_version) FROM foreign_spending_months k
    WHERE k.user_id = $6::uuid AND k.month = ANY($7::date[])) AS versions) g CROSS JOIN (
  SELECT v.version::text AS version,
    COALESCE((SELECT p.version FROM personal_exchange_rates_versions p WHERE p.user_id = $8::uuid), 0)::text
      AS "personalVersion",
    CASE WHEN v.version = $9::bigint THEN NULL
      ELSE (
  SELECT coalesce(json_agg(json_build_object(
    'currency', r.currency, 'date', to_char(r.date, 'YYYY-MM-DD'), 'rate', r.rate::text)), '[]'::json)
  FROM exchange_rates r
  WHERE  r.currency = ANY($10::bpchar[])
    AND r.date BETWEEN $11::date - $12::int AND $13::date
) END AS ecb,
    (
  SELECT coalesce(json_agg(json_build_object(
    'currency', r.currency, 'date', to_char(r.date, 'YYYY-MM-DD'), 'rate', r.rate::text)), '[]'::json)
  FROM personal_exchange_rates r
  WHERE r.user_id = $14::uuid AND r.currency = ANY($15::bpchar[])
    AND r.date BETWEEN $16::date - $17::int AND $18::date
) AS personal
  FROM exchange_rates_version v) r
