-- Built by apps/api/src/imports/imports.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = 2
-- $3 = 2
UPDATE import_rows r
SET match_id = m.id,
  status = CASE WHEN r.amount > 0 THEN 'credit' WHEN m.id IS NOT NULL THEN 'nearMatch' ELSE 'new' END
FROM import_rows d
LEFT JOIN LATERAL (
  SELECT e.id FROM expenses e
  WHERE d.amount < 0 AND e.user_id = $1::uuid AND e.import_id IS NULL AND e.currency = d.currency
    AND e.occurred_on BETWEEN d.day - $2::int AND d.day + $3::int
    AND e.amount_minor = -d.amount
  ORDER BY similarity(concat_ws(' ', e.merchant, e.description),
                      concat_ws(' ', d.merchant, nullif(d.description, ''))) DESC,
           abs(e.occurred_on - d.day), e.id
  LIMIT 1
) m ON true
WHERE d.ord = r.ord AND r.status IS NULL
