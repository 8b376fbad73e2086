-- Built by apps/api/src/dashboard/dashboard.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "2026-12-01"
-- $2 = "2026-12-01"
-- $3 = "0192f1c4-0000-7000-8000-000000000001"
-- $4 = "EUR"
-- $5 = "2026-12-01"
-- $6 = "2026-12-01"
-- $7 = "EUR"
-- $8 = "0192f1c4-0000-7000-8000-000000000001"
-- $9 = "2026-12-01"
-- $10 = "2026-12-01"
-- $11 = "0192f1c4-0000-7000-8000-000000000001"
-- $12 = "2026-12-01"
-- $13 = "2026-12-01"
-- $14 = "2026-12-01"
-- $15 = "0192f1c4-0000-7000-8000-000000000001"
-- $16 = "EUR"
-- $17 = "2026-12-01"
-- $18 = "2026-12-01"
-- $19 = "0192f1c4-0000-7000-8000-000000000001"
-- $20 = "EUR"
-- $21 = "2026-12-01"
-- $22 = "2026-12-01"
-- $23 = "0192f1c4-0000-7000-8000-000000000001"
-- $24 = "2026-12-01"
-- $25 = "EUR"
-- $26 = "0192f1c4-0000-7000-8000-000000000001"
-- $27 = "2026-12-01"
-- $28 = "0192f1c4-0000-7000-8000-000000000001"
-- $29 = "0192f1c4-0000-7000-8000-000000000001"
-- $30 = "0192f1c4-0000-7000-8000-000000000001"
-- $31 = 5
-- $32 = "2026-12-05"
-- $33 = "2026-12-31"
-- $34 = "0192f1c4-0000-7000-8000-000000000001"
-- $35 = "2026-12-31"
-- $36 = "2026-12-05"
SELECT
  (SELECT json_agg(m ORDER BY m.month) FROM (
WITH months AS (
  SELECT generate_series($1::date - interval '11 months', $2::date, interval '1 month')::date AS month_start
),
totals AS (
  SELECT t.month AS month_start, SUM(t.total_minor) AS total
  FROM expense_monthly_totals t
  WHERE t.user_id = $3::uuid AND t.currency = $4
    AND t.month BETWEEN ($5::date - interval '11 months')::date AND $6::date
  GROUP BY 1
)
SELECT to_char(m.month_start, 'YYYY-MM') AS month, COALESCE(t.total, 0)::bigint AS "totalMinor"
FROM months m LEFT JOIN totals t USING (month_start)
ORDER BY m.month_start) m) AS monthly,
  (SELECT json_agg(c ORDER BY c."totalMinor" DESC, c.name) FROM (
WITH spent AS (
  SELECT t.category_id, COALESCE(SUM(t.total_minor) FILTER (WHERE t.currency = $7), 0) AS total
  FROM expense_monthly_totals t
  WHERE t.user_id = $8::uuid AND t.month = $9::date
  GROUP BY t.category_id
)
SELECT c.id AS "categoryId", c.name, c.color, COALESCE(s.total, 0)::bigint AS "totalMinor",
  (
SELECT a.amount_minor FROM budget_amounts a WHERE a.budget_id = b.id AND a.from_month <= $10::date
ORDER BY a.from_month DESC LIMIT 1) AS "budgetMinor"
FROM categories c
LEFT JOIN spent s ON s.category_id = c.id
LEFT JOIN budgets b ON b.user_id = c.user_id AND b.category_id = c.id
WHERE c.user_id = $11::uuid
  AND (s.category_id IS NOT NULL OR (
SELECT a.amount_minor FROM budget_amounts a WHERE a.budget_id = b.id AND a.from_month <= $12::date
ORDER BY a.from_month DESC LIMIT 1) IS NOT NULL)
UNION ALL
SELECT NULL, NULL, NULL, s.total::bigint, NULL FROM spent s WHERE s.category_id IS NULL
ORDER BY "totalMinor" DESC, name) c) AS "byCategory",
  (SELECT json_agg(d ORDER BY d.date) FROM (
SELECT to_char(d.day, 'YYYY-MM-DD') AS date, COALESCE(s.total, 0)::bigint AS "totalMinor"
FROM generate_series($13::date, ($14::date + interval '1 month')::date - 1, interval '1 day') AS d(day)
LEFT JOIN (
  SELECT e.occurred_on, SUM(e.amount_minor) AS total
  FROM expenses e
  WHERE e.user_id = $15::uuid AND e.currency = $16
    AND e.occurred_on >= $17::date AND e.occurred_on < ($18::date + interval '1 month')::date
  GROUP BY e.occurred_on
) s ON s.occurred_on = d.day::date
ORDER BY d.day) d) AS daily,
  (SELECT json_agg(f ORDER BY f.month) FROM (
SELECT to_char(f.month, 'YYYY-MM') AS month, f.currencies,
  k.converted_minor AS "convertedMinor", k.not_in_totals AS "notInTotals"
FROM (
  SELECT t.month, array_agg(DISTINCT t.currency::text) AS currencies
  FROM expense_monthly_totals t
  WHERE t.user_id = $19::uuid AND t.currency <> $20
    AND t.month BETWEEN ($21::date - interval '11 months')::date AND $22::date
  GROUP BY t.month
) f
LEFT JOIN foreign_spending_months k
  ON k.user_id = $23::uuid AND k.month = f.month AND k.month <> $24::date
    AND k.base_currency = $25 AND k.computed_at_version = k.expenses_version
    AND k.exchange_rates_version = (SELECT v.version FROM exchange_rates_version v)
    AND k.personal_rates_version = COALESCE(
      (SELECT p.version FROM personal_exchange_rates_versions p WHERE p.user_id = $26::uuid), 0)) f) AS "foreignMonths",
  (
SELECT (
SELECT a.amount_minor FROM budget_amounts a WHERE a.budget_id = b.id AND a.from_month <= $27::date
ORDER BY a.from_month DESC LIMIT 1) AS "budgetMinor"
FROM budgets b WHERE b.user_id = $28::uuid AND b.category_id IS NULL) AS "overallBudgetMinor",
  EXISTS (SELECT 1 FROM budgets b WHERE b.user_id = $29::uuid AND b.rollover) AS "anyRollover",
  (SELECT json_agg(r ORDER BY r."occurredOn" DESC, r."createdAt" DESC, r.id DESC)
    FROM (
SELECT e.id, e.amount_minor AS "amountMinor", e.currency, e.occurred_on AS "occurredOn",
e.description, e.merchant, e.note, e.tags, e.category_id AS "categoryId", e.created_at AS "createdAt",
e.updated_at AS "updatedAt" FROM expenses e WHERE e.user_id = $30::uuid ORDER BY e.occurred_on DESC, e.created_at DESC, e.id DESC LIMIT $31) r) AS recent,
  (SELECT json_agg(s) FROM (
SELECT s.id, s.amount_minor AS "amountMinor", s.currency, s.description, s.merchant,
  s.category_id AS "categoryId", to_char(s.generated_through, 'YYYY-MM-DD') AS "generatedThrough",
  s.kind, s.every, s.day_of_month AS "dayOfMonth", s.weekday,
s.week_of_month AS "weekOfMonth", to_char(s.start_on, 'YYYY-MM-DD') AS "startOn",
to_char(s.end_on, 'YYYY-MM-DD') AS "endOn", s.occurrence_count AS "occurrenceCount",
  (SELECT json_agg(to_char(o.scheduled_on, 'YYYY-MM-DD')) FROM recurring_occurrences o
    WHERE o.series_id = s.id AND o.scheduled_on BETWEEN $32::date AND $33::date) AS recorded
FROM recurring_series s
WHERE s.user_id = $34::uuid AND NOT s.paused AND s.start_on <= $35::date
  AND (s.end_on IS NULL OR s.end_on >= $36::date)) s) AS scheduled
