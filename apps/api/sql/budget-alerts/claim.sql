-- Built by apps/api/src/budget-alerts/budget-alerts.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "2026-12-01"
-- $2 = [80,100]
-- $3 = "0192f1c4-0000-7000-8000-0000000000a1"
-- $4 = "0192f1c4-0000-7000-8000-000000000001"
INSERT INTO budget_alerts_sent (budget_id, month, threshold, user_id)
SELECT b.id, $1::date, t, b.user_id FROM budgets b, unnest($2::smallint[]) t
WHERE b.id = $3::uuid AND b.user_id = $4::uuid
ON CONFLICT (budget_id, month, threshold) DO NOTHING
RETURNING threshold
