-- Built by apps/api/src/dashboard/dashboard.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = ["JPY","USD"]
-- $3 = "2026-03-01"
-- $4 = "2026-12-01"
-- $5 = ["2026-03-01","2026-12-01"]
-- $6 = "0192f1c4-0000-7000-8000-000000000001"
-- $7 = ["2026-03-01","2026-12-01"]
SELECT
  (SELECT json_agg(g ORDER BY g.currency, g.date) FROM (
    SELECT e.currency, to_char(e.occurred_on, 'YYYY-MM-DD') AS date, e.category_id AS "categoryId",
      SUM(e.amount_minor) AS "totalMinor", COUNT(*)::int AS count
    FROM expenses e
    WHERE e.user_id = $1::uuid AND e.currency = ANY($2::bpchar[])
      AND e.occurred_on >= $3::date AND e.occurred_on < ($4::date + interval '1 month')::date
      AND date_trunc('month', e.occurred_on)::date = ANY($5::date[])
    GROUP BY e.currency, e.occurred_on, e.category_id
  ) g) AS groups,
  (SELECT json_object_agg(to_char(k.month, 'YYYY-MM'), k.expenses_version) FROM foreign_spending_months k
    WHERE k.user_id = $6::uuid AND k.month = ANY($7::date[])) AS versions
