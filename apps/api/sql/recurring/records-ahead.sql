-- Built by apps/api/src/recurring/recurring.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
SELECT o.series_id AS "seriesId", to_char(o.scheduled_on, 'YYYY-MM-DD') AS on
FROM recurring_occurrences o JOIN recurring_series s ON s.id = o.series_id
WHERE o.user_id = $1::uuid AND o.scheduled_on > s.generated_through
