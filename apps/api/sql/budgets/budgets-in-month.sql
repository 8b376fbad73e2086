-- Built by apps/api/src/budgets/budget-amounts.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "2026-12-01"
-- $3 = "0192f1c4-0000-7000-8000-000000000001"
-- $4 = "2026-12-01"
-- $5 = "2026-12-01"
-- $6 = "2026-12-01"
-- $7 = "2026-12-01"
-- $8 = "2026-12-01"
-- $9 = "0192f1c4-0000-7000-8000-000000000001"
-- $10 = "2026-12-01"
-- $11 = "0192f1c4-0000-7000-8000-000000000001"
-- $12 = "0192f1c4-0000-7000-8000-000000000001"
-- $13 = "2026-12-01"
-- $14 = "2026-12-01"
WITH o AS (SELECT currency, time_zone FROM users WHERE id = $1::uuid),
  listed AS MATERIALIZED (
    SELECT b.id, b.category_id, b.rollover, b.created_at, b.updated_at, m.amount_minor, m.currency, m.from_month,
      CASE WHEN b.rollover THEN COALESCE(
(SELECT NULLIF(min(a.from_month), '-infinity') FROM budget_amounts a WHERE a.budget_id = b.id),
date_trunc('month', b.created_at AT TIME ZONE o.time_zone)::date) END AS carry_from
    FROM budgets b CROSS JOIN o CROSS JOIN LATERAL (
SELECT a.amount_minor, a.currency, a.from_month FROM budget_amounts a WHERE a.budget_id = b.id AND a.from_month <= $2::date::date
ORDER BY a.from_month DESC LIMIT 1) m
    WHERE b.user_id = $3::uuid
  ),
  earliest AS (SELECT min(carry_from) AS carry_from FROM listed)
  SELECT (SELECT currency FROM o) AS currency,
    (SELECT json_agg(json_build_object(
        'id', l.id, 'categoryId', l.category_id, 'amountMinor', l.amount_minor, 'currency', l.currency,
        'fromMonth', to_char(NULLIF(l.from_month, '-infinity'), 'YYYY-MM'), 'rollover', l.rollover,
        'createdAt', l.created_at, 'updatedAt', l.updated_at,
        'carryFrom', CASE WHEN l.carry_from < $4::date THEN to_char(l.carry_from, 'YYYY-MM-DD') END,
        'carriedInCurrencyMinor', CASE WHEN l.carry_from < $5::date
          THEN (
SELECT COALESCE(SUM(r.amount_minor::bigint * ((extract(year FROM LEAST(r.until, $6::date)) * 12 + extract(month FROM LEAST(r.until, $7::date)))
  - (extract(year FROM GREATEST(r.from_month, l.carry_from)) * 12 + extract(month FROM GREATEST(r.from_month, l.carry_from))))), 0)
FROM (SELECT a.amount_minor, a.from_month,
        COALESCE(lead(a.from_month) OVER (ORDER BY a.from_month), 'infinity') AS until
      FROM budget_amounts a WHERE a.budget_id = l.id) r
WHERE r.until > l.carry_from AND r.from_month < $8::date) - (
SELECT COALESCE(SUM(t.total_minor), 0) FROM expense_monthly_totals t
WHERE t.user_id = $9::uuid AND t.currency = l.currency
  AND t.month >= l.carry_from AND t.month < $10::date
  AND (l.category_id IS NULL OR t.category_id = l.category_id)) ELSE 0 END
      ) ORDER BY l.category_id ASC NULLS FIRST)
      FROM listed l) AS items,
    (SELECT json_agg(g) FROM (
      SELECT e.currency, to_char(e.occurred_on, 'YYYY-MM-DD') AS date, e.category_id AS "categoryId",
        SUM(e.amount_minor) AS "totalMinor", COUNT(*)::int AS count
      FROM expenses e, earliest
      WHERE e.user_id = $11::uuid
        AND e.currency = ANY(ARRAY(
          SELECT DISTINCT t.currency FROM expense_monthly_totals t, earliest, o
          WHERE t.user_id = $12::uuid AND t.currency <> o.currency
            AND t.month >= earliest.carry_from AND t.month < $13::date))
        AND e.occurred_on >= earliest.carry_from AND e.occurred_on < $14::date
      GROUP BY e.currency, e.occurred_on, e.category_id) g) AS "foreignGroups"
