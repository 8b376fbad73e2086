-- Built by apps/api/src/imports/imports.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
SELECT status, count(*)::int AS count FROM import_rows GROUP BY status
