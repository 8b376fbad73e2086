-- The list sorted by amount or by merchant reads one index range per group (each currency; with and without a
-- merchant) instead of sorting every expense of the person (apps/api/src/expenses/expense-order.sql.ts).
-- The amount index runs largest first with the tie-breakers newest first: the descending list reads it forwards,
-- the ascending one backwards, sorting only the rows of one equal amount (an incremental sort: a few rows).

-- CreateIndex
CREATE INDEX "expenses_user_currency_amount_idx" ON "expenses"("user_id", "currency", "amount_minor" DESC, "occurred_on" DESC, "created_at" DESC, "id" DESC);

-- The merchant order on expressions Prisma's schema cannot state, as expense-order.sql.ts writes them. Two, one per
-- direction: a merchant's rows are many (every coffee at the same place), and reading one index backwards would
-- have to sort all of them to put the newest first.
CREATE INDEX "expenses_user_merchant_desc_idx" ON "expenses"("user_id", ("merchant" IS NULL), lower(coalesce("merchant", '')) DESC, "occurred_on" DESC, "created_at" DESC, "id" DESC);
CREATE INDEX "expenses_user_merchant_asc_idx" ON "expenses"("user_id", ("merchant" IS NULL), lower(coalesce("merchant", '')) ASC, "occurred_on" DESC, "created_at" DESC, "id" DESC);
