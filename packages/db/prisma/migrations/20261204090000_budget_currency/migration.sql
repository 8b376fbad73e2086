-- A budget holds the currency its amount is in. Until now a budget was "in its owner's current currency", so a
-- currency change relabelled it (100.00 USD became 100.00 EUR); from now on a change converts it (UsersService).
-- Every existing budget keeps its value: it is in the currency its owner has today. One transaction (Prisma runs a
-- migration in one), so no budget is ever seen without a currency.
ALTER TABLE "budgets" ADD COLUMN "currency" CHAR(3);

UPDATE "budgets" b SET "currency" = u."currency" FROM "users" u WHERE u."id" = b."user_id";

ALTER TABLE "budgets" ALTER COLUMN "currency" SET NOT NULL;

-- By hand, like the other currency columns: the same invariant the API validates.
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$');
