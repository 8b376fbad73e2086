-- Built by apps/api/src/imports/import-presets.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
SELECT id, name, mapping, created_at AS "createdAt", updated_at AS "updatedAt" FROM import_presets WHERE user_id = $1::uuid ORDER BY normalized_name, id
