-- Built by apps/api/src/imports/imports.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "0192f1c4-0000-7000-8000-0000000000a2"
-- $3 = [4,12]
-- $4 = ["0192f1c4-0000-7000-8000-0000000000c1",null]
-- $5 = "0192f1c4-0000-7000-8000-000000000001"
-- $6 = [4,9]
-- $7 = [7]
INSERT INTO expenses (id, user_id, import_id, import_key, occurred_on, amount_minor, currency, description,
  merchant, category_id, updated_at)
SELECT r.id, $1::uuid, $2::uuid, r.import_key, r.day, -r.amount, r.currency,
  r.description, r.merchant, c.id, now()
FROM import_rows r
LEFT JOIN
  unnest($3::int[], $4::uuid[]) AS p(line, category_id) ON p.line = r.line
-- A suggested category deleted since the preview leaves the row uncategorised rather than failing it.
LEFT JOIN categories c ON c.user_id = $5::uuid
  AND c.id = CASE WHEN p.line IS NULL THEN coalesce(r.rule_category_id, r.history_category_id)
                  ELSE p.category_id END
WHERE
r.status <> 'duplicate'
AND (r.status = 'new' OR r.line IN (SELECT unnest($6::int[])))
AND r.line NOT IN (SELECT unnest($7::int[]))
ON CONFLICT (user_id, import_key) DO NOTHING
