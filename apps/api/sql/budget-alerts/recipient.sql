-- Built by apps/api/src/budget-alerts/budget-alerts.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
SELECT email, display_name AS "displayName", currency, time_zone AS "timeZone", budget_alerts AS "budgetAlerts",
  EXISTS (SELECT 1 FROM budgets b WHERE b.user_id = u.id) AS "hasBudgets"
FROM users u WHERE u.id = $1::uuid
