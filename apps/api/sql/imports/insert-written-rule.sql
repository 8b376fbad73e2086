-- Built by apps/api/src/imports/categorisation-rules.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-0000000000a1"
-- $2 = "0192f1c4-0000-7000-8000-000000000001"
-- $3 = "0192f1c4-0000-7000-8000-0000000000c1"
-- $4 = "equals"
-- $5 = "corner shop"
INSERT INTO categorisation_rules (id, user_id, category_id, kind, match_text, source, updated_at)
VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5, 'written', now())
RETURNING id, kind, match_text AS text, category_id AS "categoryId", source, created_at AS "createdAt", updated_at AS "updatedAt"
