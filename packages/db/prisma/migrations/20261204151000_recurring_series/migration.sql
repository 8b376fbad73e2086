-- Recurring expenses (issue 20): a series says what and when; an occurrence row per scheduled date says what
-- became of that date. UNIQUE (series_id, scheduled_on) is the exactly-once guarantee: every generator (the
-- scheduled task, the on-read catch-up, a retry after a crash) inserts with ON CONFLICT DO NOTHING and creates the
-- expense only when its own insert won, in the same transaction.

-- CreateTable
CREATE TABLE "recurring_series" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "category_id" UUID,
    "amount_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "description" TEXT NOT NULL,
    "merchant" TEXT,
    "note" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "kind" TEXT NOT NULL,
    "every" INTEGER NOT NULL DEFAULT 1,
    "day_of_month" SMALLINT,
    "weekday" SMALLINT,
    "week_of_month" SMALLINT,
    "start_on" DATE NOT NULL,
    "end_on" DATE,
    "occurrence_count" INTEGER,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "generated_through" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "recurring_series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recurring_occurrences" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "series_id" UUID NOT NULL,
    "scheduled_on" DATE NOT NULL,
    "status" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "recurring_occurrences_pkey" PRIMARY KEY ("id")
);

-- AlterTable: an expense a series made points at its occurrence (one expense per occurrence at most).
ALTER TABLE "expenses" ADD COLUMN "recurring_occurrence_id" UUID;

-- CreateIndex
CREATE INDEX "recurring_series_user_idx" ON "recurring_series"("user_id", "created_at");

-- CreateIndex: the scheduled job's scan for series behind today.
CREATE INDEX "recurring_series_due_idx" ON "recurring_series"("generated_through");

-- CreateIndex
CREATE UNIQUE INDEX "recurring_occurrences_series_day_key" ON "recurring_occurrences"("series_id", "scheduled_on");

-- CreateIndex
CREATE INDEX "recurring_occurrences_user_idx" ON "recurring_occurrences"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "expenses_recurring_occurrence_key" ON "expenses"("recurring_occurrence_id");

-- AddForeignKey
ALTER TABLE "recurring_series" ADD CONSTRAINT "recurring_series_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recurring_series" ADD CONSTRAINT "recurring_series_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recurring_occurrences" ADD CONSTRAINT "recurring_occurrences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recurring_occurrences" ADD CONSTRAINT "recurring_occurrences_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "recurring_series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey: deleting a series keeps the expenses it made (they were real spending), unlinked.
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_recurring_occurrence_id_fkey" FOREIGN KEY ("recurring_occurrence_id") REFERENCES "recurring_occurrences"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Added by hand: the bounds of the API's contract (packages/contracts/src/recurring.ts), so no writer can store a
-- schedule the schedule math does not know.
ALTER TABLE "recurring_series"
  ADD CONSTRAINT "recurring_series_amount_check" CHECK ("amount_minor" > 0 AND "amount_minor" <= 1000000000),
  -- COALESCE: a NULL day_of_month makes BETWEEN NULL, which a CHECK would let through.
  ADD CONSTRAINT "recurring_series_kind_check" CHECK (COALESCE(
    ("kind" IN ('days', 'weeks', 'monthlyLastDay', 'yearly') AND "day_of_month" IS NULL AND "weekday" IS NULL AND "week_of_month" IS NULL)
    OR ("kind" = 'monthly' AND "day_of_month" BETWEEN 1 AND 31 AND "weekday" IS NULL AND "week_of_month" IS NULL)
    OR ("kind" = 'monthlyWeekday' AND "day_of_month" IS NULL AND "weekday" BETWEEN 1 AND 7 AND "week_of_month" IN (-1, 1, 2, 3, 4)),
    false)),
  ADD CONSTRAINT "recurring_series_every_check" CHECK ("every" BETWEEN 1 AND 366),
  ADD CONSTRAINT "recurring_series_end_check" CHECK ("end_on" IS NULL OR "end_on" >= "start_on"),
  ADD CONSTRAINT "recurring_series_count_check" CHECK ("occurrence_count" IS NULL OR "occurrence_count" BETWEEN 1 AND 1000);

ALTER TABLE "recurring_occurrences"
  ADD CONSTRAINT "recurring_occurrences_status_check" CHECK ("status" IN ('generated', 'skipped', 'deleted'));

-- By hand: deleting an expense a series made marks its occurrence deleted, so no generator re-creates it. A
-- trigger rather than API code, so every way an expense goes (the API, the account export's delete, SQL by hand)
-- keeps the promise. Skipped when the occurrence is gone already (a series or account deletion cascading).
CREATE FUNCTION "recurring_occurrence_expense_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "recurring_occurrences" SET "status" = 'deleted', "updated_at" = now()
    WHERE "id" = OLD.recurring_occurrence_id AND "status" = 'generated';
  RETURN NULL;
END;
$$;

CREATE TRIGGER "expenses_recurring_occurrence_deleted" AFTER DELETE ON "expenses"
  FOR EACH ROW WHEN (OLD.recurring_occurrence_id IS NOT NULL) EXECUTE FUNCTION "recurring_occurrence_expense_deleted"();
