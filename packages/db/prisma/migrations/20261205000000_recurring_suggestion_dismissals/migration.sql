-- CreateTable
CREATE TABLE "recurring_suggestion_dismissals" (
    "user_id" UUID NOT NULL,
    "key" CHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recurring_suggestion_dismissals_pkey" PRIMARY KEY ("user_id","key")
);

-- AddForeignKey
ALTER TABLE "recurring_suggestion_dismissals" ADD CONSTRAINT "recurring_suggestion_dismissals_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
