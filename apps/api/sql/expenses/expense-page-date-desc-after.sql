-- Built by apps/api/src/expenses/expense-order.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "%coffee%"
-- $3 = "%coffee%"
-- $4 = "2026-11-30"
-- $5 = "2026-11-30T08:00:00.000Z"
-- $6 = "0192f1c4-0000-7000-8000-0000000000a1"
-- $7 = 26
SELECT e.id, e.amount_minor AS "amountMinor", e.currency, e.occurred_on AS "occurredOn",
e.description, e.merchant, e.note, e.tags, e.category_id AS "categoryId", e.created_at AS "createdAt",
e.updated_at AS "updatedAt"
  FROM expenses e
  WHERE e.user_id = $1::uuid AND (e.description ILIKE $2 OR e.merchant ILIKE $3) AND (((e.occurred_on,e.created_at,e.id) < ($4::date,$5::timestamptz,$6::uuid)))
  ORDER BY e.occurred_on DESC, e.created_at DESC, e.id DESC
  LIMIT $7
