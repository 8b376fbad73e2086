-- Undo for bulk changes and deletes of expenses (issue 21): what each action changed, kept on the server for a day
-- so the undo survives a reload. Rows older than the window are pruned by the API when a person acts again.

-- CreateTable
CREATE TABLE "expense_undo_actions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "action" JSONB NOT NULL,
    "count" INTEGER NOT NULL,
    "rows" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undone_at" TIMESTAMPTZ(3),

    CONSTRAINT "expense_undo_actions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "expense_undo_actions_user_recent_idx" ON "expense_undo_actions"("user_id", "created_at" DESC);

-- AddForeignKey
ALTER TABLE "expense_undo_actions" ADD CONSTRAINT "expense_undo_actions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- By hand: only the kinds the API writes.
ALTER TABLE "expense_undo_actions"
  ADD CONSTRAINT "expense_undo_actions_kind_check" CHECK ("kind" IN ('delete', 'setCategory', 'addTag', 'removeTag'));
