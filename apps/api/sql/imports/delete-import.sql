-- Built by apps/api/src/imports/imports.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-0000000000a2"
-- $2 = "0192f1c4-0000-7000-8000-000000000001"
DELETE FROM imports WHERE id = $1::uuid AND user_id = $2::uuid
