-- Built by apps/api/src/budgets/budgets.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-0000000000a1"
-- $2 = "0192f1c4-0000-7000-8000-000000000001"
-- $3 = "0192f1c4-0000-7000-8000-0000000000c1"
-- $4 = 50000
-- $5 = "EUR"
-- $6 = false
-- $7 = null
INSERT INTO budgets (id, user_id, category_id, amount_minor, currency, rollover, created_at, updated_at)
VALUES ($1::uuid, $2::uuid, $3::uuid, $4,
  $5, $6, now(), now())
ON CONFLICT (user_id, category_id)
  DO UPDATE SET rollover = COALESCE($7::boolean, budgets.rollover), updated_at = now()
RETURNING id, (xmax = 0) AS created
