-- Built by apps/api/src/expenses/expense-insert.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-0000000000a2"
-- $2 = 1250
-- $3 = "2026-12-04"
-- $4 = "Coffee"
-- $5 = "Roastery"
-- $6 = null
-- $7 = []
-- $8 = null
-- $9 = "key-1"
-- $10 = "0192f1c4-0000-7000-8000-000000000001"
INSERT INTO expenses AS e (id, user_id, currency, amount_minor, occurred_on, description, merchant, note, tags,
  category_id, idempotency_key, created_at, updated_at)
SELECT $1::uuid, u.id, u.currency, $2, $3::date,
  $4, $5, $6, $7::text[],
  $8::uuid, $9, now(), now()
FROM users u WHERE u.id = $10::uuid
RETURNING e.id, e.amount_minor AS "amountMinor", e.currency, e.occurred_on AS "occurredOn",
e.description, e.merchant, e.note, e.tags, e.category_id AS "categoryId", e.created_at AS "createdAt",
e.updated_at AS "updatedAt", EXISTS (
  SELECT 1 FROM users u JOIN budgets b ON b.user_id = u.id WHERE u.id = e.user_id AND u.budget_alerts) AS "alertsWanted"
