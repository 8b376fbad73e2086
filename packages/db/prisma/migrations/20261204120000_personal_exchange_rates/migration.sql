-- CreateTable
CREATE TABLE "personal_exchange_rates" (
    "user_id" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "date" DATE NOT NULL,
    "rate" DECIMAL(18,10) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "personal_exchange_rates_pkey" PRIMARY KEY ("user_id","currency","date")
);

-- AddForeignKey
ALTER TABLE "personal_exchange_rates" ADD CONSTRAINT "personal_exchange_rates_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by hand: the bounds of ECB's own table (exchange_rates) and of the API's contract (PersonalRateInput), so
-- a person's rate can never be one a conversion would not trust from ECB either.
ALTER TABLE "personal_exchange_rates"
  ADD CONSTRAINT "personal_exchange_rates_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$' AND "currency" <> 'EUR'),
  ADD CONSTRAINT "personal_exchange_rates_rate_check" CHECK ("rate" >= 0.0001 AND "rate" <= 10000000),
  ADD CONSTRAINT "personal_exchange_rates_date_check" CHECK ("date" >= DATE '1999-01-04');
