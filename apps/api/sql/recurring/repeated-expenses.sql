-- Built by apps/api/src/recurring/recurring-suggestions.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "2026-12-05"
-- $3 = 400
-- $4 = "2026-12-05"
-- $5 = 3
SELECT name, amount_minor AS "amountMinor", currency,
       (array_agg(description ORDER BY occurred_on DESC, created_at DESC))[1] AS description,
       (array_agg(merchant ORDER BY occurred_on DESC, created_at DESC))[1] AS merchant,
       (array_agg(category_id ORDER BY occurred_on DESC, created_at DESC))[1]::text AS "categoryId",
       array_agg(to_char(occurred_on, 'YYYY-MM-DD') ORDER BY occurred_on) AS dates
FROM (
  SELECT lower(btrim(coalesce(nullif(btrim(merchant), ''), description))) AS name, *
  FROM expenses
  -- Refunds (negative) are money back, never a habit a series should repeat.
  WHERE user_id = $1::uuid AND recurring_occurrence_id IS NULL AND amount_minor > 0
    AND occurred_on > $2::date - $3::int AND occurred_on <= $4::date
) named
GROUP BY name, amount_minor, currency
HAVING count(DISTINCT occurred_on) >= $5
