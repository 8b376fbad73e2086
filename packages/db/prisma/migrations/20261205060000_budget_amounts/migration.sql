-- A budget's amount per month: each row applies from `from_month` (the first day of a month, or '-infinity': from
-- the beginning) until the next row of the same budget. budgets.amount_minor/currency mirror the row with the latest
-- from_month (the newest amount).

-- CreateTable
CREATE TABLE "budget_amounts" (
    "budget_id" UUID NOT NULL,
    "from_month" DATE NOT NULL,
    "amount_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_amounts_pkey" PRIMARY KEY ("budget_id","from_month")
);

-- AddForeignKey
ALTER TABLE "budget_amounts" ADD CONSTRAINT "budget_amounts_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "budgets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The same money rules as budgets; a month starts on its first day.
ALTER TABLE "budget_amounts" ADD CONSTRAINT "budget_amounts_amount_minor_check" CHECK ("amount_minor" > 0 AND "amount_minor" <= 1000000000);
ALTER TABLE "budget_amounts" ADD CONSTRAINT "budget_amounts_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$');
ALTER TABLE "budget_amounts" ADD CONSTRAINT "budget_amounts_from_month_check" CHECK ("from_month" = '-infinity' OR EXTRACT(DAY FROM "from_month") = 1);

-- Every existing budget carries over as applying from the beginning, as it did: nothing a dashboard shows changes.
INSERT INTO "budget_amounts" ("budget_id", "from_month", "amount_minor", "currency", "created_at")
SELECT "id", '-infinity', "amount_minor", "currency", "created_at" FROM "budgets";
