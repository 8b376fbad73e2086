-- Built by apps/api/src/imports/categorisation-rules.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
SELECT id, kind, match_text AS text, category_id AS "categoryId", source, created_at AS "createdAt", updated_at AS "updatedAt" FROM categorisation_rules WHERE user_id = $1::uuid ORDER BY match_text, kind, id
