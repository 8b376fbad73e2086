-- Built by apps/api/src/imports/categorisation-rules.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "contains"
-- $3 = "amazon"
SELECT id FROM categorisation_rules
WHERE user_id = $1::uuid AND kind = $2 AND match_text = $3
