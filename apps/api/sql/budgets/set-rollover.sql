-- Built by apps/api/src/budgets/budgets.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = true
-- $2 = "0192f1c4-0000-7000-8000-0000000000a1"
UPDATE budgets SET rollover = $1 WHERE id = $2::uuid
