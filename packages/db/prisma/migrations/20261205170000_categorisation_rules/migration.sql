-- Categorisation rules (issue 19): a merchant or description, normalised, and the category the import preview
-- suggests for it. Learned from the person's choices at commit, or written on the Rules page.

-- CreateTable
CREATE TABLE "categorisation_rules" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "category_id" UUID NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "match_text" VARCHAR(200) NOT NULL,
    "source" VARCHAR(8) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "categorisation_rules_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "categorisation_rules_kind_check" CHECK ("kind" IN ('equals', 'contains')),
    CONSTRAINT "categorisation_rules_source_check" CHECK ("source" IN ('learned', 'written')),
    CONSTRAINT "categorisation_rules_match_text_check" CHECK (length("match_text") > 0)
);

-- CreateIndex
CREATE UNIQUE INDEX "categorisation_rules_user_kind_text_key" ON "categorisation_rules"("user_id", "kind", "match_text");

-- CreateIndex
CREATE INDEX "categorisation_rules_category_id_idx" ON "categorisation_rules"("category_id");

-- AddForeignKey
ALTER TABLE "categorisation_rules" ADD CONSTRAINT "categorisation_rules_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey: a rule goes with its category.
ALTER TABLE "categorisation_rules" ADD CONSTRAINT "categorisation_rules_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;
