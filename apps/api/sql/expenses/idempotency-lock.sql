-- Built by apps/api/src/expenses/expense-insert.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "key-1"
SELECT pg_advisory_xact_lock(hashtextextended($1::text || ':' || $2::text, 0))
