-- Issue 16: the dashboard's 12-month chart converted every foreign (currency, day, category) group of the 12 months
-- on every request. A past month's converted foreign spending is now kept per person and month, stamped with what
-- it was computed from; the dashboard recomputes a month only when a stamp no longer matches (BENCHMARKS.md,
-- "Foreign spending kept per month"; docs/money.md). A kept figure is valid only when all of these hold:
--   * expenses_version = computed_at_version: no expense of that person dated in that month was inserted, updated
--     or deleted since (counted by the triggers below, in the writing transaction);
--   * exchange_rates_version = the shared ECB counter (exchange_rates_version.version);
--   * personal_rates_version = that person's counter in personal_exchange_rates_versions (below);
--   * base_currency = the person's currency now.
-- Versions, not deletions: a reader computes from one snapshot and writes afterwards; a deletion made by a writer
-- in between would find nothing to delete and the reader would then store a figure older than the data. A counter
-- read in the same statement as the expenses (or the rates) and compared at write and read time cannot be fooled
-- that way. A month whose row is absent has had no expense written since this migration: version 0.
CREATE TABLE "foreign_spending_months" (
    "user_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "expenses_version" BIGINT NOT NULL DEFAULT 0,
    "base_currency" CHAR(3),
    "computed_at_version" BIGINT,
    "exchange_rates_version" BIGINT,
    "personal_rates_version" BIGINT,
    "converted_minor" BIGINT,
    "not_in_totals" JSON,

    CONSTRAINT "foreign_spending_months_pkey" PRIMARY KEY ("user_id","month")
);

-- A counter per person of changes to their own rates (personal_exchange_rates), like exchange_rates_version for ECB's.
CREATE TABLE "personal_exchange_rates_versions" (
    "user_id" UUID NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "personal_exchange_rates_versions_pkey" PRIMARY KEY ("user_id")
);

-- AddForeignKey: an account deletion takes both with it.
ALTER TABLE "foreign_spending_months" ADD CONSTRAINT "foreign_spending_months_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "personal_exchange_rates_versions" ADD CONSTRAINT "personal_exchange_rates_versions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- By hand: every statement writing expenses counts one change per (person, month) it touched — both the old and
-- the new month and person of an update — whatever the currency: a kept month in EUR holds the USD spending of a
-- person whose base is EUR, and the base can change. Statement triggers with transition tables (one upsert per
-- statement, like expense_monthly_totals), in key order so concurrent statements lock rows in the same order.
-- Skipped for a person whose user row is gone (an account deletion cascading to its expenses): the foreign key
-- would refuse the row, and nobody reads that person's dashboard again.
CREATE FUNCTION "foreign_spending_months_count_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "foreign_spending_months" AS m ("user_id", "month", "expenses_version")
    SELECT DISTINCT c.user_id, date_trunc('month', c.occurred_on)::date, 1 FROM changed_rows c
    WHERE EXISTS (SELECT 1 FROM "users" u WHERE u."id" = c.user_id)
    ORDER BY 1, 2
  ON CONFLICT ("user_id", "month") DO UPDATE SET "expenses_version" = m."expenses_version" + 1;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "foreign_spending_months_count_move"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "foreign_spending_months" AS m ("user_id", "month", "expenses_version")
    SELECT DISTINCT c.user_id, date_trunc('month', c.occurred_on)::date, 1
    FROM (SELECT user_id, occurred_on FROM new_rows UNION ALL SELECT user_id, occurred_on FROM old_rows) c
    WHERE EXISTS (SELECT 1 FROM "users" u WHERE u."id" = c.user_id)
    ORDER BY 1, 2
  ON CONFLICT ("user_id", "month") DO UPDATE SET "expenses_version" = m."expenses_version" + 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "expenses_foreign_spending_months_insert" AFTER INSERT ON "expenses"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "foreign_spending_months_count_change"();
CREATE TRIGGER "expenses_foreign_spending_months_delete" AFTER DELETE ON "expenses"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "foreign_spending_months_count_change"();
CREATE TRIGGER "expenses_foreign_spending_months_update" AFTER UPDATE ON "expenses"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "foreign_spending_months_count_move"();

-- The same for a person's own rates: any change to them counts once per person (they affect every month).
CREATE FUNCTION "personal_exchange_rates_count_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "personal_exchange_rates_versions" AS v ("user_id", "version")
    SELECT DISTINCT c.user_id, 1 FROM changed_rates c
    WHERE EXISTS (SELECT 1 FROM "users" u WHERE u."id" = c.user_id)
    ORDER BY 1
  ON CONFLICT ("user_id") DO UPDATE SET "version" = v."version" + 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "personal_exchange_rates_inserted" AFTER INSERT ON "personal_exchange_rates"
  REFERENCING NEW TABLE AS changed_rates FOR EACH STATEMENT EXECUTE FUNCTION "personal_exchange_rates_count_change"();
CREATE TRIGGER "personal_exchange_rates_updated" AFTER UPDATE ON "personal_exchange_rates"
  REFERENCING NEW TABLE AS changed_rates FOR EACH STATEMENT EXECUTE FUNCTION "personal_exchange_rates_count_change"();
CREATE TRIGGER "personal_exchange_rates_deleted" AFTER DELETE ON "personal_exchange_rates"
  REFERENCING OLD TABLE AS changed_rates FOR EACH STATEMENT EXECUTE FUNCTION "personal_exchange_rates_count_change"();
