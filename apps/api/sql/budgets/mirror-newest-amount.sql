-- Built by apps/api/src/budgets/budgets.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-0000000000a1"
-- $2 = "0192f1c4-0000-7000-8000-0000000000a1"
UPDATE budgets b SET amount_minor = n.amount_minor, currency = n.currency, updated_at = now()
    FROM (SELECT amount_minor, currency FROM budget_amounts WHERE budget_id = $1::uuid
          ORDER BY from_month DESC LIMIT 1) n
    WHERE b.id = $2::uuid
    RETURNING b.id, b.category_id AS "categoryId", b.amount_minor AS "amountMinor", b.currency,
(SELECT to_char(NULLIF(max(a.from_month), '-infinity'), 'YYYY-MM')
FROM budget_amounts a WHERE a.budget_id = b.id) AS "fromMonth", b.rollover,
b.created_at AS "createdAt", b.updated_at AS "updatedAt"
