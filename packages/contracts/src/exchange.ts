/**
 * Currency conversion with the European Central Bank's euro reference rates: exact, dated, and never 1:1 for lack
 * of a rate. A rate is a decimal string, "units of the currency per 1 EUR" (ECB's own form: USD "1.0512",
 * JPY "162.45"); arithmetic is on integers (BigInt), never floating point, and rounds once, at the end.
 */
import { isCurrencyCode, minorUnitDigits } from './money';

/** One published rate: 1 EUR = `rate` units of `currency` on `date` (YYYY-MM-DD). */
export interface ExchangeRate {
  date: string;
  currency: string;
  rate: string;
}

/**
 * Rates older than this (in days before the expense's date) are not used. ECB publishes every TARGET business day;
 * its longest regular gap is Easter (Thursday's rate serves until Tuesday: 5 days), so a week covers every weekend
 * and holiday while a feed that stopped shows up as "no rate" instead of an ever older rate.
 */
export const MAX_RATE_AGE_DAYS = 7;

const RATE_PATTERN = /^(\d{1,12})(?:\.(\d{1,12}))?$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

interface ScaledRate {
  /** rate = mantissa / 10^scale */
  mantissa: bigint;
  scale: number;
}

interface IndexedRate extends ScaledRate {
  date: string;
}

/** Rates indexed for look-up by currency and date. Build once with {@link buildRateTable}. */
export interface RateTable {
  readonly byCurrency: ReadonlyMap<string, readonly IndexedRate[]>;
}

function parseRate(rate: string): ScaledRate | undefined {
  const match = RATE_PATTERN.exec(rate);
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  const mantissa = BigInt(match[1] + fraction);
  if (mantissa === 0n) return undefined;
  return { mantissa, scale: fraction.length };
}

/** True for a real calendar date written YYYY-MM-DD (no 2026-02-30). */
export function isIsoDate(date: string): boolean {
  if (!DATE_PATTERN.test(date)) return false;
  // Hot path (every conversion checks its date): months 01–12 all have days 01–28, no Date needed.
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (month >= 1 && month <= 12 && day >= 1 && day <= 28) return true;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/**
 * Indexes rates by currency, sorted by date. Throws on a rate that is not a positive decimal, a date that is not a
 * calendar date, a currency that is not three capital letters, a rate for EUR itself, or two different rates for one currency
 * and date — a table that could answer two ways is refused rather than used.
 */
export function buildRateTable(rates: Iterable<ExchangeRate>): RateTable {
  const byCurrency = new Map<string, Map<string, IndexedRate & { text: string }>>();
  for (const { date, currency, rate } of rates) {
    if (!isIsoDate(date)) throw new Error(`Exchange rate date "${date}" is not a YYYY-MM-DD calendar date`);
    if (currency === 'EUR') throw new Error(`Exchange rate for EUR on ${date}: rates are per 1 EUR already`);
    // Any three-letter code: ECB's history holds currencies ISO has withdrawn (TRL, CYP…); convertMinor itself
    // only converts between current ISO 4217 currencies.
    if (!/^[A-Z]{3}$/.test(currency)) {
      throw new Error(`Exchange rate currency "${currency}" is not a three-letter code`);
    }
    const scaled = parseRate(rate);
    if (!scaled) throw new Error(`Exchange rate ${currency} on ${date}: "${rate}" is not a positive decimal`);
    let dates = byCurrency.get(currency);
    if (!dates) byCurrency.set(currency, (dates = new Map()));
    const existing = dates.get(date);
    if (existing && existing.text !== rate) {
      throw new Error(`Two rates for ${currency} on ${date}: ${existing.text} and ${rate}`);
    }
    dates.set(date, { date, ...scaled, text: rate });
  }
  const sorted = new Map<string, IndexedRate[]>();
  for (const [currency, dates] of byCurrency) {
    sorted.set(
      currency,
      [...dates.values()]
        .map(({ date, mantissa, scale }) => ({ date, mantissa, scale }))
        .sort((a, b) => (a.date < b.date ? -1 : 1)),
    );
  }
  return { byCurrency: sorted };
}

/**
 * Days since 1970-01-01 of a valid YYYY-MM-DD date, in integer arithmetic (the proleptic Gregorian "days from
 * civil" algorithm): every conversion looks a rate's age up twice, and parsing Dates was most of its cost.
 */
export function epochDay(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/** The rate published on `date`, or the last one before it within {@link MAX_RATE_AGE_DAYS}. */
function rateOn(table: RateTable, currency: string, date: string): IndexedRate | undefined {
  const rows = table.byCurrency.get(currency);
  if (!rows || rows.length === 0) return undefined;
  // Last row with row.date <= date (binary search over dates sorted ascending).
  let low = 0;
  let high = rows.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (rows[mid]!.date <= date) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (found < 0) return undefined;
  const row = rows[found]!;
  return daysBetween(row.date, date) <= MAX_RATE_AGE_DAYS ? row : undefined;
}

/** A scaled rate written back as the shortest decimal: 1.0500000000 → "1.05", 162 → "162". */
function decimalText({ mantissa, scale }: ScaledRate): string {
  if (scale === 0) return mantissa.toString();
  const digits = mantissa.toString().padStart(scale + 1, '0');
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/\.?0+$/, '');
}

/**
 * The rate convertMinor uses for `currency` on `date` — 1 EUR = `rate` units of it, published on `rateDate` (the
 * date itself or the last business day before it) — or undefined when it has none. EUR needs none: undefined too.
 */
export function rateUsed(
  rates: RateTable,
  currency: string,
  date: string,
): { rate: string; rateDate: string } | undefined {
  const row = currency === 'EUR' ? undefined : rateOn(rates, currency, date);
  return row && { rate: decimalText(row), rateDate: row.date };
}

const EUR_RATE: IndexedRate = { date: '', mantissa: 1n, scale: 0 };

// Constants of convertMinor's arithmetic, made once rather than per call.
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const POWERS_OF_TEN: readonly bigint[] = Array.from({ length: 40 }, (_, exponent) => 10n ** BigInt(exponent));
const powerOfTen = (exponent: number): bigint => POWERS_OF_TEN[exponent] ?? 10n ** BigInt(exponent);

export type Conversion =
  | {
      ok: true;
      amountMinor: number;
      /** Dates of the rates used (EUR's own is null): the expense's date, or the last business day before it. */
      fromRateDate: string | null;
      toRateDate: string | null;
    }
  | {
      ok: false;
      /**
       * no-rate: `currency` has no usable rate on `date` (ECB does not publish it, or not yet, or not lately).
       * out-of-range: the result is beyond a safe integer of minor units of `currency` (the target), which only
       * extreme rates a person entered can cause; such an amount is counted apart like one without a rate.
       */
      reason: 'no-rate' | 'out-of-range';
      currency: string;
      date: string;
    };

/** Half-even division of integers (den > 0): ties go to the even neighbour, so sums of many amounts do not drift. */
function divideHalfEven(num: bigint, den: bigint): bigint {
  const negative = num < 0n;
  const magnitude = negative ? -num : num;
  let quotient = magnitude / den;
  const twiceRemainder = (magnitude % den) * 2n;
  if (twiceRemainder > den || (twiceRemainder === den && quotient % 2n === 1n)) quotient += 1n;
  return negative ? -quotient : quotient;
}

/**
 * Converts `amountMinor` (integer minor units of `from`) into minor units of `to`, at the rates of `date`
 * (YYYY-MM-DD): cross rates go through EUR (from → EUR → to, with ECB's rates for both), a weekend or holiday uses
 * the last rate published on or before `date` (at most {@link MAX_RATE_AGE_DAYS} old), and the exact result is
 * rounded once to the target's ISO 4217 minor units (JPY 0, USD 2, BHD 3), half to even (banker's rounding).
 * Without a usable rate the answer is `{ ok: false, reason: 'no-rate' }` naming the currency — never 1:1 — and a
 * result beyond a safe integer is `{ ok: false, reason: 'out-of-range' }`, never a rounded float.
 * Throws on input that is a programming error: a non-integer amount, an unknown currency, a malformed date.
 */
export function convertMinor(
  amountMinor: number,
  from: string,
  to: string,
  date: string,
  rates: RateTable,
): Conversion {
  if (!Number.isSafeInteger(amountMinor))
    throw new Error(`amountMinor must be an integer, got ${amountMinor}`);
  for (const currency of [from, to]) {
    if (!isCurrencyCode(currency)) throw new Error(`"${currency}" is not an ISO 4217 currency code`);
  }
  if (!isIsoDate(date)) throw new Error(`date "${date}" is not a YYYY-MM-DD calendar date`);

  const fromDigits = minorUnitDigits(from);
  const toDigits = minorUnitDigits(to);
  if (from === to) return { ok: true, amountMinor, fromRateDate: null, toRateDate: null };

  const fromRate = from === 'EUR' ? EUR_RATE : rateOn(rates, from, date);
  if (!fromRate) return { ok: false, reason: 'no-rate', currency: from, date };
  const toRate = to === 'EUR' ? EUR_RATE : rateOn(rates, to, date);
  if (!toRate) return { ok: false, reason: 'no-rate', currency: to, date };

  // amount_to = amount_from / rate_from * rate_to, in major units. With rate = m / 10^s and minor = major * 10^d:
  // minor_to = minor_from * m_to * 10^(s_from + d_to) / (m_from * 10^(s_to + d_from)).
  const numerator = BigInt(amountMinor) * toRate.mantissa * powerOfTen(fromRate.scale + toDigits);
  const denominator = fromRate.mantissa * powerOfTen(toRate.scale + fromDigits);
  const result = divideHalfEven(numerator, denominator);
  if (result > MAX_SAFE || result < MIN_SAFE) {
    return { ok: false, reason: 'out-of-range', currency: to, date };
  }
  return {
    ok: true,
    amountMinor: Number(result),
    fromRateDate: from === 'EUR' ? null : fromRate.date,
    toRateDate: to === 'EUR' ? null : toRate.date,
  };
}
