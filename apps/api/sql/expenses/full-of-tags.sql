-- Built by apps/api/src/expenses/expense-actions.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = ["0192f1c4-0000-7000-8000-0000000000a1","0192f1c4-0000-7000-8000-0000000000a2"]
-- $3 = "trip"
-- $4 = 20
SELECT count(*)::int AS full FROM expenses e
WHERE e.user_id = $1::uuid AND e.id = ANY($2::uuid[]) AND NOT e.tags @> ARRAY[$3]::text[] AND cardinality(e.tags) >= $4
