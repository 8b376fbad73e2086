-- CreateTable
CREATE TABLE "exchange_rates" (
    "currency" CHAR(3) NOT NULL,
    "date" DATE NOT NULL,
    "rate" DECIMAL(18,10) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "exchange_rates_pkey" PRIMARY KEY ("currency","date")
);

-- Added by hand: the same bounds the ECB parser enforces (src/rates/ecb.ts), so no other writer can store a rate
-- a conversion would trust. Rates are per 1 EUR, so EUR itself has none; ECB's first rates are of 4 January 1999.
ALTER TABLE "exchange_rates"
  ADD CONSTRAINT "exchange_rates_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$' AND "currency" <> 'EUR'),
  ADD CONSTRAINT "exchange_rates_rate_check" CHECK ("rate" >= 0.0001 AND "rate" <= 10000000),
  ADD CONSTRAINT "exchange_rates_date_check" CHECK ("date" >= DATE '1999-01-04');
