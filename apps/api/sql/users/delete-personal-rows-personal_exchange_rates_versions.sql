-- Built by apps/api/src/users/users.sql.ts; rewritten by src/sql-snapshots.spec.ts (-u).
-- $1 = "0192f1c4-0000-7000-8000-000000000001"
DELETE FROM "personal_exchange_rates_versions" WHERE user_id = $1::uuid
