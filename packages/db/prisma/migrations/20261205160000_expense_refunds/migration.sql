-- Refunds (issue 21): an expense whose amount is negative is a refund — money back for something bought, counted
-- against the category it came from. The sign is the whole change: the monthly-totals triggers, the dashboard, the
-- list's total, budget progress and the export already sum amount_minor, so a refund lowers every one of them with
-- no second code path. Zero stays refused (it records nothing), and a refund has the same bound as an expense.
-- Every existing row is positive, so every existing row stays an expense; the new CHECK is checked against them here.
ALTER TABLE "expenses" DROP CONSTRAINT "expenses_amount_minor_check";
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_amount_minor_check"
  CHECK ("amount_minor" <> 0 AND "amount_minor" BETWEEN -1000000000 AND 1000000000);
