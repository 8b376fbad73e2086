-- Built by apps/api/src/exchange-rates/exchange-rates.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "41"
-- $3 = ["EUR","USD"]
-- $4 = "2026-01-01"
-- $5 = 7
-- $6 = "2026-12-31"
-- $7 = "0192f1c4-0000-7000-8000-000000000001"
-- $8 = ["EUR","USD"]
-- $9 = "2026-01-01"
-- $10 = 7
-- $11 = "2026-12-31"
SELECT v.version::text AS version,
    COALESCE((SELECT p.version FROM personal_exchange_rates_versions p WHERE p.user_id = $1::uuid), 0)::text
      AS "personalVersion",
    CASE WHEN v.version = $2::bigint THEN NULL
      ELSE (
  SELECT coalesce(json_agg(json_build_object(
    'currency', r.currency, 'date', to_char(r.date, 'YYYY-MM-DD'), 'rate', r.rate::text)), '[]'::json)
  FROM exchange_rates r
  WHERE  r.currency = ANY($3::bpchar[])
    AND r.date BETWEEN $4::date - $5::int AND $6::date
) END AS ecb,
    (
  SELECT coalesce(json_agg(json_build_object(
    'currency', r.currency, 'date', to_char(r.date, 'YYYY-MM-DD'), 'rate', r.rate::text)), '[]'::json)
  FROM personal_exchange_rates r
  WHERE r.user_id = $7::uuid AND r.currency = ANY($8::bpchar[])
    AND r.date BETWEEN $9::date - $10::int AND $11::date
) AS personal
  FROM exchange_rates_version v
