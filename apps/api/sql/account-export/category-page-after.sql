-- Built by apps/api/src/account-export/account-export.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "0192f1c4-0000-7000-8000-0000000000a1"
-- $3 = 1000
SELECT id, name, color, created_at AS "createdAt"
FROM categories
WHERE user_id = $1::uuid AND id > $2::uuid
ORDER BY id
LIMIT $3
