-- Built by apps/api/src/imports/imports.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = 49990
-- $2 = 10
-- $3 = "0192f1c4-0000-7000-8000-0000000000a2"
UPDATE imports SET rows_stored = $1, rows_skipped = $2 WHERE id = $3::uuid
