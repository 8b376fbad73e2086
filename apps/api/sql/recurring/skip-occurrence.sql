-- Built by apps/api/src/recurring/recurring.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-0000000000a2"
-- $2 = "0192f1c4-0000-7000-8000-000000000001"
-- $3 = "0192f1c4-0000-7000-8000-0000000000a1"
-- $4 = "2026-12-24"
INSERT INTO recurring_occurrences (id, user_id, series_id, scheduled_on, status, created_at, updated_at)
VALUES ($1::uuid, $2::uuid, $3::uuid, $4::date, 'skipped', now(), now())
ON CONFLICT (series_id, scheduled_on) DO UPDATE SET updated_at = recurring_occurrences.updated_at
RETURNING status
