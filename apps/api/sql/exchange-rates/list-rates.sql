-- Built by apps/api/src/exchange-rates/personal-rates.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
SELECT currency, to_char(date, 'YYYY-MM-DD') AS date, trim_scale(rate)::text AS rate,
updated_at AS "updatedAt" FROM personal_exchange_rates WHERE user_id = $1::uuid
ORDER BY currency, date DESC
