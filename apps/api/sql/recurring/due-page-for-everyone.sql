-- Built by apps/api/src/recurring/recurring-generator.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-0000000000a1"
-- $2 = 500
SELECT s.id, s.user_id AS "userId", to_char(s.generated_through, 'YYYY-MM-DD') AS "generatedThrough",
  u.time_zone AS "timeZone", s.kind, s.every, s.day_of_month AS "dayOfMonth", s.weekday,
s.week_of_month AS "weekOfMonth", to_char(s.start_on, 'YYYY-MM-DD') AS "startOn",
to_char(s.end_on, 'YYYY-MM-DD') AS "endOn", s.occurrence_count AS "occurrenceCount"
FROM recurring_series s JOIN users u ON u.id = s.user_id
WHERE TRUE AND NOT s.paused AND s.id > $1::uuid
  AND s.generated_through < (now() AT TIME ZONE 'UTC')::date + 1
  AND (s.end_on IS NULL OR s.generated_through < s.end_on)
ORDER BY s.id
LIMIT $2
