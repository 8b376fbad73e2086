-- Built by apps/api/src/expenses/expense-filters.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "EUR"
-- $2 = "0192f1c4-0000-7000-8000-000000000001"
-- $3 = "2026-01-01"
-- $4 = "2026-12-31"
-- $5 = "0192f1c4-0000-7000-8000-0000000000c1"
-- $6 = "%coffee%"
-- $7 = "%coffee%"
-- $8 = 1
SELECT json_agg(g) AS groups FROM (
  SELECT e.currency,
    CASE WHEN e.currency = $1 THEN NULL ELSE to_char(e.occurred_on, 'YYYY-MM-DD') END AS date,
    SUM(e.amount_minor) AS "totalMinor", COUNT(*)::int AS count
  FROM expenses e
  WHERE e.user_id = $2::uuid AND e.occurred_on >= $3::date AND e.occurred_on <= $4::date AND e.category_id = $5::uuid AND (e.description ILIKE $6 OR e.merchant ILIKE $7) AND e.amount_minor >= $8
  GROUP BY 1, 2
) g
