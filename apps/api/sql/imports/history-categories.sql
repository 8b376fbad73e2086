-- Built by apps/api/src/imports/imports.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
UPDATE import_rows r SET history_category_id = h.category_id
FROM (
  SELECT DISTINCT ON (name) name, category_id FROM (
    SELECT lower(regexp_replace(trim(coalesce(merchant, description)), '\s+', ' ', 'g')) AS name, category_id
    FROM expenses WHERE user_id = $1::uuid AND category_id IS NOT NULL
  ) named
  WHERE name IN (SELECT name FROM import_rows)
  GROUP BY name, category_id
  ORDER BY name, count(*) DESC, category_id
) h
WHERE h.name = r.name
