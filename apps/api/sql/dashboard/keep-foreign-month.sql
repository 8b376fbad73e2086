-- Built by apps/api/src/dashboard/dashboard.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "2026-03-01"
-- $2 = "USD"
-- $3 = 3
-- $4 = "41"
-- $5 = "2"
-- $6 = 12345
-- $7 = "[]"
-- $8 = "0192f1c4-0000-7000-8000-000000000001"
INSERT INTO foreign_spending_months AS k (user_id, month, base_currency, computed_at_version,
  exchange_rates_version, personal_rates_version, converted_minor, not_in_totals)
SELECT u.id, $1::date, $2, $3::bigint, $4::bigint, $5::bigint,
  $6::bigint, $7::json
FROM users u WHERE u.id = $8::uuid
ON CONFLICT (user_id, month) DO UPDATE SET
  base_currency = EXCLUDED.base_currency, computed_at_version = EXCLUDED.computed_at_version,
  exchange_rates_version = EXCLUDED.exchange_rates_version,
  personal_rates_version = EXCLUDED.personal_rates_version,
  converted_minor = EXCLUDED.converted_minor, not_in_totals = EXCLUDED.not_in_totals
WHERE k.expenses_version = EXCLUDED.computed_at_version
