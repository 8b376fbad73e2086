-- Built by apps/api/src/account-export/account-export.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = 1000
SELECT b.id, b.category_id AS "categoryId", b.amount_minor AS "amountMinor", b.currency,
           (SELECT to_char(NULLIF(max(a.from_month), '-infinity'), 'YYYY-MM')
FROM budget_amounts a WHERE a.budget_id = b.id) AS "fromMonth", b.rollover,
           b.created_at AS "createdAt", b.updated_at AS "updatedAt",
           (SELECT c.name FROM categories c WHERE c.id = b.category_id) AS "categoryName"
    FROM budgets b
    WHERE b.user_id = $1::uuid
    ORDER BY b.id
    LIMIT $2
