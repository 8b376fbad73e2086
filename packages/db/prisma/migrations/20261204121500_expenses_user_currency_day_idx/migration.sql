-- CreateIndex
CREATE INDEX "expenses_user_currency_day_idx" ON "expenses"("user_id", "currency", "occurred_on");
