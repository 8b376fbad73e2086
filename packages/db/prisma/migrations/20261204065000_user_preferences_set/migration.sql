-- When the person's currency and time zone were last chosen: by them in Settings, or from their browser on their
-- first visit. NULL means never, so the web offers the browser's defaults once instead of USD and UTC for everyone.
ALTER TABLE "users" ADD COLUMN "preferences_set_at" TIMESTAMPTZ(3);

-- People who already use SpendWise keep what they have: switching their currency unasked would move the
-- dashboard's totals away from the expenses they recorded.
UPDATE "users" SET "preferences_set_at" = "created_at";
