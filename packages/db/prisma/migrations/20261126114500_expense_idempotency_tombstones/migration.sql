-- An Idempotency-Key must stay spent after its expense is deleted. Without this, a create the client gave up on
-- (cut off, then retried and acknowledged) that reaches the database only after the person deleted the expense
-- found no row with its key and stored the expense a second time — seen under load in tests/reliability.
-- The API takes the same advisory lock as the trigger below before it looks a key up (expenses.service.ts), so a
-- create and the delete of the expense its key made are serialised: the create sees the expense or the tombstone.

-- CreateTable
CREATE TABLE "expense_idempotency_tombstones" (
    "user_id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "deleted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "expense_idempotency_tombstones_pkey" PRIMARY KEY ("user_id","idempotency_key")
);

-- By hand: remember the key of every deleted expense that had one. Skipped when the user row itself is gone (an
-- account deletion cascading to its expenses): nobody can send requests for that user any more.
CREATE FUNCTION "expense_idempotency_tombstone"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(OLD.user_id::text || ':' || OLD.idempotency_key, 0));
  IF EXISTS (SELECT 1 FROM "users" WHERE "id" = OLD.user_id) THEN
    INSERT INTO "expense_idempotency_tombstones" ("user_id", "idempotency_key")
      VALUES (OLD.user_id, OLD.idempotency_key)
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "expenses_idempotency_tombstone" AFTER DELETE ON "expenses"
  FOR EACH ROW WHEN (OLD.idempotency_key IS NOT NULL) EXECUTE FUNCTION "expense_idempotency_tombstone"();

-- AddForeignKey: an account deletion takes its tombstones with it.
ALTER TABLE "expense_idempotency_tombstones" ADD CONSTRAINT "expense_idempotency_tombstones_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
