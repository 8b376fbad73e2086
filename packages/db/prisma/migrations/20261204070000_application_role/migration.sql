-- The API's own database role. It reads and writes rows and nothing else: no DDL, no say over the migration
-- history. Only the migrate task (the database owner, RDS's master user) changes the schema. On RDS the role logs
-- in with IAM database authentication (a 15-minute token per connection from @aws-sdk/rds-signer, no password
-- to rotate); elsewhere an administrator gives it a password.
DO $$
BEGIN
  BEGIN
    CREATE ROLE spendwise_app LOGIN;
  EXCEPTION
    -- Roles belong to the whole server: another database on it (or a concurrent migration) made it already.
    WHEN duplicate_object OR unique_violation THEN NULL;
  END;
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'rds_iam') THEN
    GRANT rds_iam TO spendwise_app;
  END IF;
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO spendwise_app', current_database());
END
$$;

GRANT USAGE ON SCHEMA public TO spendwise_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO spendwise_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO spendwise_app;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO spendwise_app;
-- Tables, sequences and functions later migrations create get the same rights.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO spendwise_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO spendwise_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO spendwise_app;
-- Prisma's record of applied migrations is the migrate task's alone (absent from migrate dev's shadow database).
DO $$
BEGIN
  IF to_regclass('"_prisma_migrations"') IS NOT NULL THEN
    REVOKE ALL ON "_prisma_migrations" FROM spendwise_app;
  END IF;
END
$$;
