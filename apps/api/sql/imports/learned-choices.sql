-- Built by apps/api/src/imports/imports.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = [4,12]
-- $2 = ["0192f1c4-0000-7000-8000-0000000000c1",null]
-- $3 = [4,9]
-- $4 = [7]
SELECT r.name AS text, p.category_id AS "categoryId"
FROM import_rows r JOIN
  unnest($1::int[], $2::uuid[]) AS p(line, category_id) ON p.line = r.line
WHERE
r.status <> 'duplicate'
AND (r.status = 'new' OR r.line IN (SELECT unnest($3::int[])))
AND r.line NOT IN (SELECT unnest($4::int[])) AND p.category_id IS NOT NULL
  AND p.category_id IS DISTINCT FROM coalesce(r.rule_category_id, r.history_category_id)
ORDER BY r.ord
