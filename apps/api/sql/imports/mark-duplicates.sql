-- Built by apps/api/src/imports/imports.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
UPDATE import_rows r SET status = 'duplicate'
FROM expenses e WHERE e.user_id = $1::uuid AND e.import_key = r.import_key
