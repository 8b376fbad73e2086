-- Built by apps/api/src/imports/imports.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "0192f1c4-0000-7000-8000-0000000000a2"
SELECT i.id, i.filename, i.format, i.rows_read AS "rowsRead", i.rows_stored AS "rowsStored",
  i.rows_skipped AS "rowsSkipped", i.created_at AS "createdAt",
  (SELECT count(*)::int FROM expenses e WHERE e.import_id = i.id) AS "rowsPresent",
  (SELECT count(*)::int FROM expenses e WHERE e.import_id = i.id AND e.updated_at > i.created_at)
    AS "rowsEdited"
FROM imports i
WHERE i.user_id = $1::uuid AND i.id = $2::uuid
ORDER BY i.created_at DESC, i.id DESC
