-- Built by apps/api/src/recurring/scheduled.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "2026-12-06"
-- $2 = "2026-12-31"
-- $3 = "0192f1c4-0000-7000-8000-000000000001"
-- $4 = "2026-12-31"
-- $5 = "2026-12-06"
SELECT s.id, s.amount_minor AS "amountMinor", s.currency, s.description, s.merchant,
  s.category_id AS "categoryId", to_char(s.generated_through, 'YYYY-MM-DD') AS "generatedThrough",
  s.kind, s.every, s.day_of_month AS "dayOfMonth", s.weekday,
s.week_of_month AS "weekOfMonth", to_char(s.start_on, 'YYYY-MM-DD') AS "startOn",
to_char(s.end_on, 'YYYY-MM-DD') AS "endOn", s.occurrence_count AS "occurrenceCount",
  (SELECT json_agg(to_char(o.scheduled_on, 'YYYY-MM-DD')) FROM recurring_occurrences o
    WHERE o.series_id = s.id AND o.scheduled_on BETWEEN $1::date AND $2::date) AS recorded
FROM recurring_series s
WHERE s.user_id = $3::uuid AND NOT s.paused AND s.start_on <= $4::date
  AND (s.end_on IS NULL OR s.end_on >= $5::date)
