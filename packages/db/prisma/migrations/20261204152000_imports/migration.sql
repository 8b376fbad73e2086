-- CreateTable
CREATE TABLE "imports" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "filename" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "rows_read" INTEGER NOT NULL,
    "rows_stored" INTEGER NOT NULL,
    "rows_skipped" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "imports_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "expenses" ADD COLUMN     "import_id" UUID,
ADD COLUMN     "import_key" TEXT;

-- CreateIndex
CREATE INDEX "imports_user_recent_idx" ON "imports"("user_id", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "expenses_user_import_key" ON "expenses"("user_id", "import_key");

-- CreateIndex
CREATE INDEX "expenses_import_idx" ON "expenses"("import_id");

-- AddForeignKey
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "imports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "imports" ADD CONSTRAINT "imports_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by hand: the counts add up, and an expense has a key exactly when it came from an import.
ALTER TABLE "imports"
  ADD CONSTRAINT "imports_rows_check" CHECK ("rows_stored" >= 0 AND "rows_skipped" >= 0 AND "rows_stored" + "rows_skipped" = "rows_read");
ALTER TABLE "expenses"
  ADD CONSTRAINT "expenses_import_key_check" CHECK (("import_id" IS NULL) = ("import_key" IS NULL));
