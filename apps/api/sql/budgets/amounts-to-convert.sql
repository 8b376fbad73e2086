-- Built by apps/api/src/budgets/budgets.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "EUR"
-- $3 = "EUR"
SELECT a.budget_id AS "budgetId", a.from_month::text AS "fromMonth", a.amount_minor AS "amountMinor", a.currency
FROM budget_amounts a JOIN budgets b ON b.id = a.budget_id
WHERE b.user_id = $1::uuid AND (a.currency <> $2 OR b.currency <> $3)
FOR UPDATE OF a, b
