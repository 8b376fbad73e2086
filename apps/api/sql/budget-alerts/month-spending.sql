-- Built by apps/api/src/budget-alerts/budget-alerts.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "2026-12-01"
-- $3 = "EUR"
-- $4 = "0192f1c4-0000-7000-8000-000000000001"
-- $5 = "0192f1c4-0000-7000-8000-000000000001"
-- $6 = "2026-12-01"
-- $7 = "EUR"
-- $8 = "2026-12-01"
-- $9 = "2026-12-01"
-- $10 = "0192f1c4-0000-7000-8000-000000000001"
SELECT
  (SELECT json_agg(s) FROM (
    SELECT t.category_id AS "categoryId", SUM(t.total_minor) AS "totalMinor" FROM expense_monthly_totals t
    WHERE t.user_id = $1::uuid AND t.month = $2::date AND t.currency = $3
    GROUP BY t.category_id) s) AS "inBase",
  (SELECT json_agg(g) FROM (
    SELECT e.currency, to_char(e.occurred_on, 'YYYY-MM-DD') AS date, e.category_id AS "categoryId",
      SUM(e.amount_minor) AS "totalMinor", COUNT(*)::int AS count
    FROM expenses e
    WHERE e.user_id = $4::uuid
      AND e.currency = ANY(ARRAY(
        SELECT DISTINCT t.currency FROM expense_monthly_totals t
        WHERE t.user_id = $5::uuid AND t.month = $6::date AND t.currency <> $7))
      AND e.occurred_on >= $8::date AND e.occurred_on < ($9::date + interval '1 month')::date
    GROUP BY e.currency, e.occurred_on, e.category_id) g) AS "foreignGroups",
  (SELECT json_agg(json_build_object('id', c.id, 'name', c.name)) FROM categories c
    WHERE c.user_id = $10::uuid
      AND EXISTS (SELECT 1 FROM budgets b WHERE b.user_id = c.user_id AND b.category_id = c.id)) AS categories
