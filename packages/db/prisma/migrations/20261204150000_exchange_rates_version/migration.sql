-- A counter of changes to ECB's shared rates (exchange_rates), kept by a statement trigger, so an API process can
-- keep the rates it read and ask "changed since?" in the same statement that reads a person's own rates. The
-- counter is updated inside the writing transaction: a reader sees the new count only together with the new rates
-- (a sequence would not do: nextval is visible before the rates commit, and a stale table could be cached under the
-- new number).
CREATE TABLE "exchange_rates_version" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "exchange_rates_version_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "exchange_rates_version_one_row" CHECK ("id")
);

INSERT INTO "exchange_rates_version" ("id", "version") VALUES (true, 0);

-- Statement triggers with transition tables: one count per writing statement (a 200,000-rate history import is one
-- or a few counts, not 200,000 row updates), and none for a statement that wrote nothing (the daily import of rates
-- already stored: INSERT … ON CONFLICT DO UPDATE … WHERE rate differs fires both triggers with empty tables).
-- PostgreSQL allows transition tables only on single-event triggers, hence one trigger per event.
CREATE FUNCTION "exchange_rates_bump_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- TRUNCATE has no transition table to look at (and plpgsql does not short-circuit an OR across the two).
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE "exchange_rates_version" SET "version" = "version" + 1 WHERE "id";
  ELSIF EXISTS (SELECT 1 FROM "changed_rates") THEN
    UPDATE "exchange_rates_version" SET "version" = "version" + 1 WHERE "id";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "exchange_rates_inserted"
  AFTER INSERT ON "exchange_rates" REFERENCING NEW TABLE AS "changed_rates"
  FOR EACH STATEMENT EXECUTE FUNCTION "exchange_rates_bump_version"();

CREATE TRIGGER "exchange_rates_updated"
  AFTER UPDATE ON "exchange_rates" REFERENCING NEW TABLE AS "changed_rates"
  FOR EACH STATEMENT EXECUTE FUNCTION "exchange_rates_bump_version"();

CREATE TRIGGER "exchange_rates_deleted"
  AFTER DELETE ON "exchange_rates" REFERENCING OLD TABLE AS "changed_rates"
  FOR EACH STATEMENT EXECUTE FUNCTION "exchange_rates_bump_version"();

CREATE TRIGGER "exchange_rates_truncated"
  AFTER TRUNCATE ON "exchange_rates"
  FOR EACH STATEMENT EXECUTE FUNCTION "exchange_rates_bump_version"();
