-- Built by apps/api/src/budgets/budgets.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "EUR"
-- $2 = ["0192f1c4-0000-7000-8000-0000000000a1","0192f1c4-0000-7000-8000-0000000000a2"]
-- $3 = ["-infinity","2026-11-01"]
-- $4 = [128579,34289]
UPDATE budget_amounts a SET amount_minor = c.amount, currency = $1
FROM unnest($2::uuid[], $3::date[],
  $4::int[]) AS c(budget_id, from_month, amount)
WHERE a.budget_id = c.budget_id AND a.from_month = c.from_month
