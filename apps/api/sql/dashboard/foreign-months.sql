-- Built by apps/api/src/dashboard/dashboard.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "EUR"
-- $3 = "2026-12-01"
-- $4 = "2026-12-01"
-- $5 = "0192f1c4-0000-7000-8000-000000000001"
-- $6 = "2026-12-01"
-- $7 = "EUR"
-- $8 = "0192f1c4-0000-7000-8000-000000000001"
SELECT to_char(f.month, 'YYYY-MM') AS month, f.currencies,
  k.converted_minor AS "convertedMinor", k.not_in_totals AS "notInTotals"
FROM (
  SELECT t.month, array_agg(DISTINCT t.currency::text) AS currencies
  FROM expense_monthly_totals t
  WHERE t.user_id = $1::uuid AND t.currency <> $2
    AND t.month BETWEEN ($3::date - interval '11 months')::date AND $4::date
  GROUP BY t.month
) f
LEFT JOIN foreign_spending_months k
  ON k.user_id = $5::uuid AND k.month = f.month AND k.month <> $6::date
    AND k.base_currency = $7 AND k.computed_at_version = k.expenses_version
    AND k.exchange_rates_version = (SELECT v.version FROM exchange_rates_version v)
    AND k.personal_rates_version = COALESCE(
      (SELECT p.version FROM personal_exchange_rates_versions p WHERE p.user_id = $8::uuid), 0)
