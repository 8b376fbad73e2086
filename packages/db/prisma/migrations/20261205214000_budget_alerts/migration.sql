-- Budget alerts (issue 21): an email when a budget passes 80 % and 100 % of its month, once per budget, month and
-- threshold, and a per-person switch to turn them off (on by default).
ALTER TABLE "users" ADD COLUMN "budget_alerts" BOOLEAN NOT NULL DEFAULT true;

-- One row per alert claimed: inserted (ON CONFLICT DO NOTHING) before the email is sent, so of two concurrent writes
-- only one sends; deleted again when the send fails, so a later write retries. Derived data: not in the account
-- export. user_id, as on every personal table, so deleting the account (or the budget) removes the rows.
CREATE TABLE "budget_alerts_sent" (
    "budget_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "threshold" SMALLINT NOT NULL,
    "user_id" UUID NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_alerts_sent_pkey" PRIMARY KEY ("budget_id", "month", "threshold"),
    CONSTRAINT "budget_alerts_sent_threshold_check" CHECK ("threshold" IN (80, 100)),
    CONSTRAINT "budget_alerts_sent_month_check" CHECK (date_trunc('month', "month") = "month")
);

CREATE INDEX "budget_alerts_sent_user_idx" ON "budget_alerts_sent"("user_id");

ALTER TABLE "budget_alerts_sent" ADD CONSTRAINT "budget_alerts_sent_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "budgets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "budget_alerts_sent" ADD CONSTRAINT "budget_alerts_sent_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
