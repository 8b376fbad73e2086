-- Built by apps/api/src/recurring/recurring-generator.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-0000000000a2"
-- $2 = "2026-12-05"
-- $3 = "0192f1c4-0000-7000-8000-0000000000c1"
-- $4 = "2026-12-05"
-- $5 = "0192f1c4-0000-7000-8000-0000000000a1"
-- $6 = "2026-12-05"
WITH occurrence AS (
  INSERT INTO recurring_occurrences (id, user_id, series_id, scheduled_on, status, created_at, updated_at)
  SELECT $1::uuid, s.user_id, s.id, $2::date, 'generated', now(), now()
  FROM recurring_series s
  WHERE s.id = $3::uuid AND NOT s.paused AND (s.end_on IS NULL OR s.end_on >= $4::date)
  -- Waits for an edit in progress (pause, end, split) and then reads the series as it left it.
  FOR SHARE
  ON CONFLICT (series_id, scheduled_on) DO NOTHING
  RETURNING id, series_id
)
INSERT INTO expenses (id, user_id, currency, amount_minor, occurred_on, description, merchant, note, tags,
  category_id, recurring_occurrence_id, created_at, updated_at)
SELECT $5::uuid, s.user_id, s.currency, s.amount_minor, $6::date, s.description, s.merchant,
  s.note, s.tags, s.category_id, o.id, now(), now()
FROM occurrence o JOIN recurring_series s ON s.id = o.series_id
