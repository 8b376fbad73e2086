-- Built by apps/api/src/dashboard/dashboard.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "EUR"
-- $3 = "2026-12-01"
-- $4 = "2026-12-01"
SELECT DISTINCT t.currency FROM expense_monthly_totals t
WHERE t.user_id = $1::uuid AND t.currency <> $2
  AND t.month BETWEEN ($3::date - interval '11 months')::date AND $4::date
