-- Built by apps/api/src/imports/categorisation-rules.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = ["0192f1c4-0000-7000-8000-0000000000a2"]
-- $3 = ["corner shop"]
-- $4 = ["0192f1c4-0000-7000-8000-0000000000c1"]
-- $5 = "0192f1c4-0000-7000-8000-000000000001"
INSERT INTO categorisation_rules (id, user_id, category_id, kind, match_text, source, updated_at)
SELECT l.id, $1::uuid, l.category_id, 'equals', l.text, 'learned', now()
FROM unnest($2::uuid[], $3::text[],
            $4::uuid[]) AS l(id, text, category_id)
-- A category deleted since the check teaches nothing rather than failing the import.
JOIN categories c ON c.id = l.category_id AND c.user_id = $5::uuid
ON CONFLICT (user_id, kind, match_text) DO UPDATE
  SET category_id = EXCLUDED.category_id, updated_at = now()
  WHERE categorisation_rules.source = 'learned' AND categorisation_rules.category_id <> EXCLUDED.category_id
