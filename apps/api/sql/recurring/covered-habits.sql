-- Built by apps/api/src/recurring/recurring-suggestions.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "2026-12-05"
SELECT lower(btrim(coalesce(nullif(btrim(merchant), ''), description))) AS name,
       amount_minor AS "amountMinor", currency
FROM recurring_series
WHERE user_id = $1::uuid AND (end_on IS NULL OR end_on >= $2::date)
