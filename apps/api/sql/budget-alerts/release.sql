-- Built by apps/api/src/budget-alerts/budget-alerts.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-0000000000a1"
-- $2 = "2026-12-01"
-- $3 = [80]
DELETE FROM budget_alerts_sent
WHERE budget_id = $1::uuid AND month = $2::date AND threshold = ANY($3::smallint[])
