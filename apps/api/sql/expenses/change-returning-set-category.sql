-- Built by apps/api/src/expenses/expense-actions.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = ["0192f1c4-0000-7000-8000-0000000000a1","0192f1c4-0000-7000-8000-0000000000a2"]
-- $3 = "0192f1c4-0000-7000-8000-0000000000c1"
-- $4 = "0192f1c4-0000-7000-8000-0000000000c1"
WITH before AS (
  SELECT e.id, e.category_id, e.tags FROM expenses e WHERE e.user_id = $1::uuid AND e.id = ANY($2::uuid[]) AND e.category_id IS DISTINCT FROM $3::uuid
), changed AS (
  UPDATE expenses e SET category_id = $4::uuid, updated_at = now() FROM before b WHERE e.id = b.id
  RETURNING e.id, b.category_id, b.tags
)
SELECT coalesce(jsonb_agg(jsonb_build_object('id', id, 'categoryId', category_id, 'tags', tags)), '[]'::jsonb)
  AS rows
FROM changed
