-- Built by apps/api/src/expenses/expense-actions.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "[{\"id\":\"0192f1c4-0000-7000-8000-0000000000a1\",\"categoryId\":null,\"tags\":[]}]"
-- $2 = "trip"
-- $3 = "trip"
-- $4 = "0192f1c4-0000-7000-8000-000000000001"
-- $5 = "trip"
WITH r AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, "categoryId" uuid, tags text[])
), restored AS (
  UPDATE expenses e SET tags = CASE WHEN e.tags = array_append(r.tags, $2::text) THEN r.tags
      ELSE array_remove(e.tags, $3::text) END, updated_at = now()
  FROM r WHERE e.id = r.id AND e.user_id = $4::uuid AND e.tags @> ARRAY[$5]::text[]
  RETURNING 1
)
SELECT count(*)::int AS restored FROM restored
