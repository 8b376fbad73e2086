import { z } from 'zod';
import { Currency, IsoDate } from './common';

/** The first day ECB published euro reference rates; no rate, ECB's or a person's, is older. */
export const FIRST_RATE_DATE = '1999-01-04';
/** The bounds of every stored rate per 1 EUR, ECB's and a person's alike (see packages/db/src/rates/ecb.ts). */
export const MIN_PERSONAL_RATE = '0.0001';
export const MAX_PERSONAL_RATE = '10000000';

// Up to 12 integer digits, so that an absurd rate is told it is too large rather than malformed.
/** Most rates one person may keep (about eight years of one currency's business days): lists stay one page. */
export const MAX_PERSONAL_RATES = 2000;

const RATE_TEXT = /^\d{1,12}(\.\d{1,10})?$/;

/** a - b as a sign, for decimal strings matching RATE_TEXT: exact, no floating point. */
function compareDecimal(a: string, b: string): number {
  const scaled = (value: string) => {
    const [whole = '', fraction = ''] = value.split('.');
    return BigInt(whole + fraction.padEnd(10, '0'));
  };
  const difference = scaled(a) - scaled(b);
  return difference === 0n ? 0 : difference > 0n ? 1 : -1;
}

/**
 * A rate as a decimal string (never a JSON number: a float would lose digits), "units of the currency per 1 EUR" as
 * ECB writes its own: "1.0512" USD, "162.45" JPY. Within [0.0001, 10000000], at most 10 decimals.
 */
export const RateText = z
  .string({ message: 'must be a decimal number written as a string, such as "1.0512"' })
  .trim()
  .regex(RATE_TEXT, {
    message: 'must be a positive decimal such as "1.0512": digits, one "." and at most 10 decimals',
  })
  // A malformed rate has its one message from the pattern above, not three.
  .refine((value) => !RATE_TEXT.test(value) || compareDecimal(value, MIN_PERSONAL_RATE) >= 0, {
    message: `must be at least ${MIN_PERSONAL_RATE} (zero is not a rate)`,
  })
  .refine((value) => !RATE_TEXT.test(value) || compareDecimal(value, MAX_PERSONAL_RATE) <= 0, {
    message: `must be at most ${MAX_PERSONAL_RATE}`,
  });

/** The currency a person's rate is for: any current ISO 4217 currency but EUR (rates are per 1 EUR). */
export const RateCurrency = Currency.refine((value) => value !== 'EUR', {
  message: 'must not be EUR: rates are units of the currency per 1 EUR',
});

/** The day a rate is for. */
export const RateDate = IsoDate.refine((value) => value >= FIRST_RATE_DATE, {
  message: `must be on or after ${FIRST_RATE_DATE} (the first euro reference rates)`,
});

/** A rate a person entered for their own conversions. */
export const PersonalRate = z.object({
  currency: z.string().describe('ISO 4217 code of the currency the rate is for (never EUR)'),
  date: z.string().describe('YYYY-MM-DD: the day the rate is for'),
  rate: z
    .string()
    .describe('Units of `currency` per 1 EUR, as an exact decimal string (ECB’s own form: "1.0512" USD)'),
  updatedAt: z.iso.datetime(),
});
export type PersonalRate = z.infer<typeof PersonalRate>;

export const PersonalRateList = z.object({ items: z.array(PersonalRate) });
export type PersonalRateList = z.infer<typeof PersonalRateList>;

/** Body of PUT /me/exchange-rates/{currency}/{date}. */
export const SetPersonalRateInput = z.strictObject({ rate: RateText });
export type SetPersonalRateInput = z.input<typeof SetPersonalRateInput>;
