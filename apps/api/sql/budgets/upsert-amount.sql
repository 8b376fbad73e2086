-- Built by apps/api/src/budgets/budgets.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-0000000000a1"
-- $2 = "2026-12-01"
-- $3 = 50000
-- $4 = "EUR"
INSERT INTO budget_amounts (budget_id, from_month, amount_minor, currency)
VALUES ($1::uuid, $2::date, $3, $4)
ON CONFLICT (budget_id, from_month)
  DO UPDATE SET amount_minor = EXCLUDED.amount_minor, currency = EXCLUDED.currency
