-- Built by apps/api/src/exchange-rates/exchange-rates.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "41"
-- $2 = ["EUR","USD"]
-- $3 = "2026-01-01"
-- $4 = 7
-- $5 = "2026-12-31"
-- $6 = "0192f1c4-0000-7000-8000-000000000001"
-- $7 = ["EUR","USD"]
-- $8 = "2026-01-01"
-- $9 = 7
-- $10 = "2026-12-31"
SELECT v.version::text AS version,
    CASE WHEN v.version = $1::bigint THEN NULL
      ELSE (
  SELECT coalesce(json_agg(json_build_object(
    'currency', r.currency, 'date', to_char(r.date, 'YYYY-MM-DD'), 'rate', r.rate::text)), '[]'::json)
  FROM exchange_rates r
  WHERE  r.currency = ANY($2::bpchar[])
    AND r.date BETWEEN $3::date - $4::int AND $5::date
) END AS ecb,
    (
  SELECT coalesce(json_agg(json_build_object(
    'currency', r.currency, 'date', to_char(r.date, 'YYYY-MM-DD'), 'rate', r.rate::text)), '[]'::json)
  FROM personal_exchange_rates r
  WHERE r.user_id = $6::uuid AND r.currency = ANY($7::bpchar[])
    AND r.date BETWEEN $8::date - $9::int AND $10::date
) AS personal
  FROM exchange_rates_version v
