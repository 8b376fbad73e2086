-- Built by apps/api/src/exchange-rates/exchange-rates.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
-- $2 = ["GBP","JPY"]
-- $3 = ["GBP","JPY"]
SELECT DISTINCT ON (currency) currency, to_char(date, 'YYYY-MM-DD') AS date, rate::text AS rate
FROM (
  SELECT currency, date, rate, 0 AS source FROM personal_exchange_rates
  WHERE user_id = $1::uuid AND currency = ANY($2::bpchar[])
  UNION ALL
  SELECT currency, date, rate, 1 AS source FROM exchange_rates WHERE currency = ANY($3::bpchar[])
) AS rates
ORDER BY currency, date DESC, source
