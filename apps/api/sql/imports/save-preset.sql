-- Built by apps/api/src/imports/import-presets.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-0000000000a1"
-- $2 = "0192f1c4-0000-7000-8000-000000000001"
-- $3 = "Revolut"
-- $4 = "revolut"
-- $5 = "{\"delimiter\":\",\"}"
INSERT INTO import_presets (id, user_id, name, normalized_name, mapping, updated_at)
VALUES ($1::uuid, $2::uuid, $3, $4, $5::jsonb, now())
ON CONFLICT (user_id, normalized_name) DO UPDATE
  SET name = EXCLUDED.name, mapping = EXCLUDED.mapping, updated_at = now()
RETURNING id, name, mapping, created_at AS "createdAt", updated_at AS "updatedAt", (xmax = 0) AS created
