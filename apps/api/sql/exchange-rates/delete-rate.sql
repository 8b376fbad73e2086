-- Built by apps/api/src/exchange-rates/personal-rates.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "ARS"
-- $3 = "2026-12-04"
DELETE FROM personal_exchange_rates
WHERE user_id = $1::uuid AND currency = $2 AND date = $3::date
