-- Built by apps/api/src/imports/categorisation-rules.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "equals"
-- $2 = "corner shop"
-- $3 = null
-- $4 = "0192f1c4-0000-7000-8000-0000000000a1"
-- $5 = "0192f1c4-0000-7000-8000-000000000001"
UPDATE categorisation_rules
SET kind = $1, match_text = $2, category_id = coalesce($3::uuid, category_id),
  source = 'written', updated_at = now()
WHERE id = $4::uuid AND user_id = $5::uuid
RETURNING id, kind, match_text AS text, category_id AS "categoryId", source, created_at AS "createdAt", updated_at AS "updatedAt"
