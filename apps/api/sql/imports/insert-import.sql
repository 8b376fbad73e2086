-- Built by apps/api/src/imports/imports.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-0000000000a2"
-- $2 = "0192f1c4-0000-7000-8000-000000000001"
-- $3 = "statement.csv"
-- $4 = "csv"
-- $5 = 50000
-- $6 = 50000
INSERT INTO imports (id, user_id, filename, format, rows_read, rows_stored, rows_skipped)
VALUES ($1::uuid, $2::uuid, $3, $4, $5, 0, $6)
