-- Built by apps/api/src/dashboard/dashboard.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "USD"
-- $2 = "41"
-- $3 = "2"
-- $4 = "[{\"month\":\"2026-03-01\",\"version\":3,\"convertedMinor\":12345,\"notInTotals\":[]}]"
-- $5 = "0192f1c4-0000-7000-8000-000000000001"
INSERT INTO foreign_spending_months AS k (user_id, month, base_currency, computed_at_version,
  exchange_rates_version, personal_rates_version, converted_minor, not_in_totals)
SELECT u.id, m.month, $1, m.version, $2::bigint, $3::bigint, m."convertedMinor",
  m."notInTotals"
FROM users u,
  json_to_recordset($4::json)
    AS m(month date, version bigint, "convertedMinor" bigint, "notInTotals" json)
WHERE u.id = $5::uuid
ORDER BY m.month
ON CONFLICT (user_id, month) DO UPDATE SET
  base_currency = EXCLUDED.base_currency, computed_at_version = EXCLUDED.computed_at_version,
  exchange_rates_version = EXCLUDED.exchange_rates_version,
  personal_rates_version = EXCLUDED.personal_rates_version,
  converted_minor = EXCLUDED.converted_minor, not_in_totals = EXCLUDED.not_in_totals
WHERE k.expenses_version = EXCLUDED.computed_at_version
