-- Built by apps/api/src/budgets/budgets.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = ["0192f1c4-0000-7000-8000-0000000000a1","0192f1c4-0000-7000-8000-0000000000a2"]
UPDATE budgets b SET amount_minor = n.amount_minor, currency = n.currency, updated_at = now()
FROM (SELECT DISTINCT ON (a.budget_id) a.budget_id, a.amount_minor, a.currency
      FROM budget_amounts a WHERE a.budget_id = ANY($1::uuid[])
      ORDER BY a.budget_id, a.from_month DESC) n
WHERE b.id = n.budget_id
