-- Built by apps/api/src/exchange-rates/personal-rates.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = "ARS"
-- $3 = "2026-12-04"
-- $4 = "1050.25"
-- $5 = "0192f1c4-0000-7000-8000-000000000001"
-- $6 = 2000
-- $7 = "0192f1c4-0000-7000-8000-000000000001"
-- $8 = "ARS"
-- $9 = "2026-12-04"
INSERT INTO personal_exchange_rates (user_id, currency, date, rate, updated_at)
SELECT $1::uuid, $2, $3::date, $4::numeric, now()
WHERE (SELECT count(*) FROM personal_exchange_rates WHERE user_id = $5::uuid) < $6
  OR EXISTS (SELECT FROM personal_exchange_rates
             WHERE user_id = $7::uuid AND currency = $8 AND date = $9::date)
ON CONFLICT (user_id, currency, date) DO UPDATE SET rate = EXCLUDED.rate, updated_at = now()
RETURNING currency, to_char(date, 'YYYY-MM-DD') AS date, trim_scale(rate)::text AS rate,
updated_at AS "updatedAt", (xmax = 0) AS created
