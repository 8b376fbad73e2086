-- Amounts are now in ISO 4217 minor units (the currency-codes package), no longer in the decimals of the runtime's
-- Intl (CLDR) data. The two disagree for these currencies: the web and API running on current ICU (Node 24, current
-- Chromium) stored them with 0 decimals where ISO 4217 has 2 (IQD: 3). Multiplying keeps the value people entered:
-- 1500 (LBP 1,500) becomes 150000 (LBP 1,500.00). Budgets are in their owner's currency.
-- One statement, so all or nothing: a row whose new value would exceed the amounts' CHECK (1 000 000 000 minor units,
-- MAX_AMOUNT_MINOR) stops the migration before anything changes, naming the count, rather than clip or drop money.
DO $$
DECLARE
  too_large bigint;
BEGIN
  CREATE TEMPORARY TABLE iso_rescale (currency char(3) PRIMARY KEY, factor int NOT NULL);
  INSERT INTO iso_rescale VALUES
    ('AFN', 100), ('ALL', 100), ('IRR', 100), ('KPW', 100), ('LAK', 100), ('LBP', 100), ('MGA', 100),
    ('MMK', 100), ('RSD', 100), ('SOS', 100), ('SYP', 100), ('YER', 100), ('IQD', 1000);

  SELECT
    (SELECT count(*) FROM expenses e JOIN iso_rescale r USING (currency)
      WHERE e.amount_minor::bigint * r.factor > 1000000000)
    + (SELECT count(*) FROM budgets b JOIN users u ON u.id = b.user_id JOIN iso_rescale r ON r.currency = u.currency
      WHERE b.amount_minor::bigint * r.factor > 1000000000)
  INTO too_large;
  IF too_large > 0 THEN
    RAISE EXCEPTION '% expense or budget amounts would exceed 1000000000 ISO 4217 minor units', too_large;
  END IF;

  UPDATE expenses e SET amount_minor = e.amount_minor * r.factor FROM iso_rescale r WHERE e.currency = r.currency;
  UPDATE budgets b SET amount_minor = b.amount_minor * r.factor
    FROM users u JOIN iso_rescale r ON r.currency = u.currency
    WHERE b.user_id = u.id;

  DROP TABLE iso_rescale;
END $$;
