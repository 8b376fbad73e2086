-- Built by apps/api/src/recurring/recurring-generator.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "2026-12-05"
-- $2 = "0192f1c4-0000-7000-8000-0000000000a1"
UPDATE recurring_series SET generated_through = GREATEST(generated_through, $1::date)
WHERE id = $2::uuid AND NOT paused
