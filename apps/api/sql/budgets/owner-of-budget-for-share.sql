-- Built by apps/api/src/budgets/budgets.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "0192f1c4-0000-7000-8000-0000000000a1"
SELECT u.currency, u.time_zone AS "timeZone" FROM users u
WHERE u.id = $1::uuid
  AND EXISTS (SELECT 1 FROM budgets b WHERE b.id = $2::uuid AND b.user_id = u.id)
FOR SHARE OF u
