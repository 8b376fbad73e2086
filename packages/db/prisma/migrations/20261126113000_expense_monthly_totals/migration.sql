-- Monthly spending per user, currency, month and category, kept by statement-level triggers on "expenses", so the
-- dashboard's 12-month trend and category split read a few dozen rows instead of summing ~20,000 expenses for a
-- heavy user (p95 95 ms → see BENCHMARKS.md). Written by hand around the table Prisma generated: the NULLS NOT
-- DISTINCT index, the triggers and the backfill are not expressible in schema.prisma.
--
-- Writes to "expenses" are blocked while this runs (one short transaction), so no expense can slip between the
-- backfill and the triggers.
LOCK TABLE "expenses" IN SHARE ROW EXCLUSIVE MODE;

-- CreateTable
CREATE TABLE "expense_monthly_totals" (
    "id" BIGSERIAL NOT NULL,
    "user_id" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "month" DATE NOT NULL,
    "category_id" UUID,
    "total_minor" BIGINT NOT NULL,
    "expense_count" INTEGER NOT NULL,

    CONSTRAINT "expense_monthly_totals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex, by hand: NULLS NOT DISTINCT, so uncategorised spending has exactly one row per user, currency and
-- month, and the triggers' ON CONFLICT finds it.
CREATE UNIQUE INDEX "expense_monthly_totals_key" ON "expense_monthly_totals"("user_id", "currency", "month", "category_id") NULLS NOT DISTINCT;

-- Each statement's changes become one aggregated delta per (user, currency, month, category), upserted in index
-- order so concurrent statements lock rows in the same order (no deadlocks). Static SQL (plans are cached; the
-- first version built it dynamically per statement and cut single-row insert throughput by 70 %).
--
-- INSERT and DELETE share one function: each trigger names its transition table "changed_rows", and the sign
-- comes from TG_OP. A row whose last expense went is deleted, so a deleted user or category leaves nothing behind.
CREATE FUNCTION "expense_monthly_totals_add_or_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sign CONSTANT integer := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
  emptied bigint[];
BEGIN
  WITH upserted AS (
    INSERT INTO "expense_monthly_totals" AS t ("user_id", "currency", "month", "category_id", "total_minor", "expense_count")
      SELECT user_id, currency, date_trunc('month', occurred_on)::date, category_id, sign * SUM(amount_minor), sign * COUNT(*)
      FROM changed_rows
      GROUP BY 1, 2, 3, 4
      ORDER BY 1, 2, 3, 4
    ON CONFLICT ("user_id", "currency", "month", "category_id") DO UPDATE
      SET "total_minor" = t."total_minor" + EXCLUDED."total_minor",
          "expense_count" = t."expense_count" + EXCLUDED."expense_count"
    RETURNING t."id", t."expense_count"
  )
  SELECT array_agg("id") INTO emptied FROM upserted WHERE "expense_count" = 0;
  -- A second statement: one statement cannot both update a row and delete it.
  IF emptied IS NOT NULL THEN
    DELETE FROM "expense_monthly_totals" WHERE "id" = ANY (emptied);
  END IF;
  RETURN NULL;
END;
$$;

-- UPDATE: +new rows, -old rows. An edit that changes none of amount, month, category and currency nets out to
-- zero and writes nothing.
CREATE FUNCTION "expense_monthly_totals_move"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  emptied bigint[];
BEGIN
  WITH changes AS (
    SELECT user_id, currency, occurred_on, category_id, amount_minor::bigint AS amount, 1 AS n FROM new_rows
    UNION ALL
    SELECT user_id, currency, occurred_on, category_id, -amount_minor::bigint, -1 FROM old_rows
  ),
  upserted AS (
    INSERT INTO "expense_monthly_totals" AS t ("user_id", "currency", "month", "category_id", "total_minor", "expense_count")
      SELECT user_id, currency, date_trunc('month', occurred_on)::date, category_id, SUM(amount), SUM(n)
      FROM changes
      GROUP BY 1, 2, 3, 4
      HAVING SUM(amount) <> 0 OR SUM(n) <> 0
      ORDER BY 1, 2, 3, 4
    ON CONFLICT ("user_id", "currency", "month", "category_id") DO UPDATE
      SET "total_minor" = t."total_minor" + EXCLUDED."total_minor",
          "expense_count" = t."expense_count" + EXCLUDED."expense_count"
    RETURNING t."id", t."expense_count"
  )
  SELECT array_agg("id") INTO emptied FROM upserted WHERE "expense_count" = 0;
  -- A second statement: one statement cannot both update a row and delete it.
  IF emptied IS NOT NULL THEN
    DELETE FROM "expense_monthly_totals" WHERE "id" = ANY (emptied);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "expenses_monthly_totals_insert" AFTER INSERT ON "expenses"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expense_monthly_totals_add_or_remove"();
CREATE TRIGGER "expenses_monthly_totals_delete" AFTER DELETE ON "expenses"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "expense_monthly_totals_add_or_remove"();
CREATE TRIGGER "expenses_monthly_totals_update" AFTER UPDATE ON "expenses"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "expense_monthly_totals_move"();

-- Backfill from the expenses already there.
INSERT INTO "expense_monthly_totals" ("user_id", "currency", "month", "category_id", "total_minor", "expense_count")
  SELECT user_id, currency, date_trunc('month', occurred_on)::date, category_id, SUM(amount_minor), COUNT(*)
  FROM "expenses"
  GROUP BY 1, 2, 3, 4;
