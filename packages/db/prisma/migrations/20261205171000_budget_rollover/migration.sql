-- Budget rollover (issue 21): a budget may carry what was left (or overspent) at the end of one month into the next.
-- A per-budget setting, off by default: every existing budget keeps exactly the figures it had.
ALTER TABLE "budgets" ADD COLUMN "rollover" BOOLEAN NOT NULL DEFAULT false;
