/**
 * convertMinor: worked examples with ECB-shaped rates, the rounding rule, weekends and holidays, "no rate" instead
 * of 1:1, and properties over every pair of currencies in the table (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildRateTable,
  convertMinor,
  epochDay,
  isIsoDate,
  MAX_AMOUNT_MINOR,
  MAX_RATE_AGE_DAYS,
  rateUsed,
  type ExchangeRate,
} from '../src/index';

// Thursday 2026-12-03 and Friday 2026-12-04, then nothing over the weekend (as ECB publishes).
const ROWS: ExchangeRate[] = [
  { date: '2026-12-03', currency: 'USD', rate: '1.0500' },
  { date: '2026-12-03', currency: 'JPY', rate: '162.45' },
  { date: '2026-12-04', currency: 'USD', rate: '1.0512' },
  { date: '2026-12-04', currency: 'JPY', rate: '161.90' },
  { date: '2026-12-04', currency: 'GBP', rate: '0.83415' },
  { date: '2026-12-04', currency: 'HUF', rate: '385.20' },
  // Not an ECB currency: a table may hold any ISO currency, e.g. a rate a person entered.
  { date: '2026-12-04', currency: 'BHD', rate: '0.396' },
];
const rates = buildRateTable(ROWS);

describe('convertMinor: worked examples', () => {
  it('USD → EUR divides by the rate of the day, rounded to cents', () => {
    // 100.00 / 1.0500 = 95.238… → 95.24
    expect(convertMinor(10_000, 'USD', 'EUR', '2026-12-03', rates)).toEqual({
      ok: true,
      amountMinor: 9524,
      fromRateDate: '2026-12-03',
      toRateDate: null,
    });
  });

  it('EUR → JPY lands on whole yen (ISO 4217: 0 decimals)', () => {
    // 12.34 × 161.90 = 1997.846 → ¥1998
    expect(convertMinor(1234, 'EUR', 'JPY', '2026-12-04', rates)).toMatchObject({
      ok: true,
      amountMinor: 1998,
    });
  });

  it('JPY → USD is a cross rate through EUR, exact until the one final rounding', () => {
    // ¥1000 / 161.90 × 1.0512 = 6.49289… → $6.49
    expect(convertMinor(1000, 'JPY', 'USD', '2026-12-04', rates)).toMatchObject({
      ok: true,
      amountMinor: 649,
    });
    // £250.00 / 0.83415 × 385.20 = 115446.86… Ft → 11544686 fillér (HUF has 2 ISO decimals)
    expect(convertMinor(25_000, 'GBP', 'HUF', '2026-12-04', rates)).toMatchObject({
      ok: true,
      amountMinor: 11_544_686,
    });
  });

  it('into a three-decimal currency: EUR → BHD keeps fils', () => {
    // 10.00 × 0.396 = 3.960 BHD = 3960 fils
    expect(convertMinor(1000, 'EUR', 'BHD', '2026-12-04', rates)).toMatchObject({
      ok: true,
      amountMinor: 3960,
    });
  });

  it('the same currency needs no rate and changes nothing', () => {
    expect(convertMinor(123, 'CHF', 'CHF', '1999-01-01', buildRateTable([]))).toEqual({
      ok: true,
      amountMinor: 123,
      fromRateDate: null,
      toRateDate: null,
    });
  });
});

describe('convertMinor: rounding is half to even', () => {
  // 1 EUR = 0.125 XXX makes exact ties: 1.00 € → 0.125, 3.00 € → 0.375 in a two-decimal currency.
  const ties = buildRateTable([{ date: '2026-12-04', currency: 'CHF', rate: '0.125' }]);
  it.each([
    [100, 12], // 12.5 → 12 (even), where half-up would give 13
    [300, 38], // 37.5 → 38 (even)
    [-100, -12], // symmetric for refunds
    [-300, -38],
    [101, 13], // 12.625 → 13: only exact ties go to even
  ])('%i cents of EUR → %i centimes', (amount, expected) => {
    expect(convertMinor(amount, 'EUR', 'CHF', '2026-12-04', ties)).toMatchObject({
      ok: true,
      amountMinor: expected,
    });
  });
});

describe('convertMinor: dates', () => {
  it('Saturday and Sunday use Friday’s rate', () => {
    const friday = convertMinor(10_000, 'USD', 'JPY', '2026-12-04', rates);
    expect(friday).toMatchObject({ ok: true, fromRateDate: '2026-12-04', toRateDate: '2026-12-04' });
    for (const day of ['2026-12-05', '2026-12-06']) {
      expect(convertMinor(10_000, 'USD', 'JPY', day, rates)).toEqual(friday);
    }
  });

  it('a holiday uses the last rate before it (Christmas: the 24th’s rate on the 25th and 26th)', () => {
    const christmas = buildRateTable([
      { date: '2026-12-24', currency: 'USD', rate: '1.0400' },
      { date: '2026-12-28', currency: 'USD', rate: '1.0450' },
    ]);
    for (const day of ['2026-12-25', '2026-12-26', '2026-12-27']) {
      expect(convertMinor(10_400, 'USD', 'EUR', day, christmas)).toMatchObject({
        ok: true,
        amountMinor: 10_000,
        fromRateDate: '2026-12-24',
      });
    }
    expect(convertMinor(10_450, 'USD', 'EUR', '2026-12-28', christmas)).toMatchObject({
      amountMinor: 10_000,
    });
  });

  it(`a rate more than ${MAX_RATE_AGE_DAYS} days old is no rate: a stopped feed does not age silently`, () => {
    expect(convertMinor(100, 'USD', 'EUR', '2026-12-11', rates)).toMatchObject({ ok: true });
    expect(convertMinor(100, 'USD', 'EUR', '2026-12-12', rates)).toEqual({
      ok: false,
      reason: 'no-rate',
      currency: 'USD',
      date: '2026-12-12',
    });
  });

  it('a date before the first rate is no rate', () => {
    expect(convertMinor(100, 'EUR', 'USD', '2026-12-02', rates)).toEqual({
      ok: false,
      reason: 'no-rate',
      currency: 'USD',
      date: '2026-12-02',
    });
  });
});

describe('convertMinor: never 1:1 for lack of a rate', () => {
  it('a currency without any rate is named, whichever side it is on', () => {
    expect(convertMinor(1_000_000, 'KRW', 'USD', '2026-12-04', rates)).toEqual({
      ok: false,
      reason: 'no-rate',
      currency: 'KRW',
      date: '2026-12-04',
    });
    expect(convertMinor(1_000_000, 'USD', 'KRW', '2026-12-04', rates)).toMatchObject({
      ok: false,
      currency: 'KRW',
    });
  });

  it('programming errors throw instead of answering', () => {
    expect(() => convertMinor(1.5, 'USD', 'EUR', '2026-12-04', rates)).toThrow(/integer/);
    expect(() => convertMinor(1, 'XYZ', 'EUR', '2026-12-04', rates)).toThrow(/XYZ/);
    expect(() => convertMinor(1, 'USD', 'EUR', '2026-02-30', rates)).toThrow(/2026-02-30/);
  });
});

describe('buildRateTable refuses what it cannot answer with', () => {
  it.each([
    [{ date: '2026-12-04', currency: 'USD', rate: '0' }, /positive decimal/],
    [{ date: '2026-12-04', currency: 'USD', rate: '0.0000' }, /positive decimal/],
    [{ date: '2026-12-04', currency: 'USD', rate: '-1.05' }, /positive decimal/],
    [{ date: '2026-12-04', currency: 'USD', rate: '1e3' }, /positive decimal/],
    [{ date: '2026-12-04', currency: 'USD', rate: '' }, /positive decimal/],
    [{ date: '2026-13-01', currency: 'USD', rate: '1.05' }, /calendar date/],
    [{ date: '', currency: 'USD', rate: '1.05' }, /calendar date/],
    [{ date: '2026-12-04', currency: 'EUR', rate: '1' }, /per 1 EUR/],
    [{ date: '2026-12-04', currency: 'usd', rate: '1' }, /three-letter code/],
  ])('%j', (row, message) => {
    expect(() => buildRateTable([row])).toThrow(message);
  });

  it('accepts currencies ISO has withdrawn, as ECB’s full history holds them', () => {
    expect(() => buildRateTable([{ date: '2004-12-31', currency: 'TRL', rate: '1836200' }])).not.toThrow();
  });

  it('two different rates for one day and currency', () => {
    expect(() =>
      buildRateTable([
        { date: '2026-12-04', currency: 'USD', rate: '1.05' },
        { date: '2026-12-04', currency: 'USD', rate: '1.06' },
      ]),
    ).toThrow(/Two rates for USD on 2026-12-04/);
    // The same rate twice (a file imported twice) is one rate.
    expect(() =>
      buildRateTable([
        { date: '2026-12-04', currency: 'USD', rate: '1.05' },
        { date: '2026-12-04', currency: 'USD', rate: '1.05' },
      ]),
    ).not.toThrow();
  });
});

describe('convertMinor: properties', () => {
  const CURRENCIES = ['EUR', 'USD', 'JPY', 'GBP', 'HUF', 'BHD'];
  const currency = fc.constantFrom(...CURRENCIES);
  const amount = fc.integer({ min: 1, max: MAX_AMOUNT_MINOR });
  const day = fc.constantFrom('2026-12-04', '2026-12-05', '2026-12-06', '2026-12-10');

  it('is monotonic: more money never converts to less', () => {
    fc.assert(
      fc.property(amount, amount, currency, currency, day, (a, b, from, to, date) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const x = convertMinor(low, from, to, date, rates);
        const y = convertMinor(high, from, to, date, rates);
        if (!x.ok || !y.ok) throw new Error('every pair has a rate on these days');
        expect(x.amountMinor).toBeLessThanOrEqual(y.amountMinor);
      }),
    );
  });

  it('negating the amount negates the result (refunds convert like spending)', () => {
    fc.assert(
      fc.property(amount, currency, currency, day, (a, from, to, date) => {
        const plus = convertMinor(a, from, to, date, rates);
        const minus = convertMinor(-a, from, to, date, rates);
        expect(plus.ok && minus.ok && plus.amountMinor === -minus.amountMinor).toBe(true);
      }),
    );
  });

  it('a cross rate agrees with going through EUR by hand, within the two roundings of the detour', () => {
    fc.assert(
      fc.property(amount, currency, currency, day, (a, from, to, date) => {
        const direct = convertMinor(a, from, to, date, rates);
        const viaEur = convertMinor(a, from, 'EUR', date, rates);
        if (!direct.ok || !viaEur.ok) throw new Error('every pair has a rate on these days');
        const detour = convertMinor(viaEur.amountMinor, 'EUR', to, date, rates);
        if (!detour.ok) throw new Error('EUR → to has a rate');
        // The detour rounds to whole cents first: off by at most half a cent's worth of `to`, plus its own rounding.
        const centInTo = convertMinor(1, 'EUR', to, date, rates);
        const slack = (centInTo.ok ? Math.abs(centInTo.amountMinor) : 0) / 2 + 1;
        expect(Math.abs(direct.amountMinor - detour.amountMinor)).toBeLessThanOrEqual(slack + 1);
      }),
    );
  });

  it('there and back again returns the amount within the rounding of the smaller unit', () => {
    fc.assert(
      fc.property(amount, currency, currency, day, (a, from, to, date) => {
        const there = convertMinor(a, from, to, date, rates);
        if (!there.ok) throw new Error('rate expected');
        const back = convertMinor(there.amountMinor, to, from, date, rates);
        if (!back.ok) throw new Error('rate expected');
        // One minor unit of `to` is worth this many of `from`; the round trip is off by at most about half of it.
        const unit = convertMinor(1, to, from, date, rates);
        const bound = (unit.ok ? unit.amountMinor : 0) / 2 + 1;
        expect(Math.abs(back.amountMinor - a)).toBeLessThanOrEqual(bound);
      }),
    );
  });

  it('any currency missing from the table is "no rate", for any amount — never the amount unchanged', () => {
    fc.assert(
      fc.property(
        amount,
        currency,
        fc.constantFrom('KRW', 'INR', 'BRL', 'ISK'),
        day,
        (a, known, missing, date) => {
          expect(convertMinor(a, known, missing, date, rates)).toEqual({
            ok: false,
            reason: 'no-rate',
            currency: missing,
            date,
          });
          expect(convertMinor(a, missing, known, date, rates)).toMatchObject({
            ok: false,
            currency: missing,
          });
        },
      ),
    );
  });
});

describe('convertMinor: results beyond a safe integer', () => {
  it('says out-of-range instead of throwing or rounding through a float', () => {
    // 1 XAF-like unit worth 10,000 EUR (rate 0.0001) into a currency at 10 million per EUR: × 10^11.
    const extreme = buildRateTable([
      { date: '2026-12-04', currency: 'BHD', rate: '0.0001' },
      { date: '2026-12-04', currency: 'IDR', rate: '10000000' },
    ]);
    expect(convertMinor(MAX_AMOUNT_MINOR, 'BHD', 'IDR', '2026-12-04', extreme)).toEqual({
      ok: false,
      reason: 'out-of-range',
      currency: 'IDR',
      date: '2026-12-04',
    });
  });
});

describe('rateUsed: the rate behind a conversion, as the decimal it was published as', () => {
  it('gives the rate of the day, or of the last business day before it, trimmed of trailing zeros', () => {
    const table = buildRateTable([...ROWS, { date: '2026-12-04', currency: 'CZK', rate: '24.0000' }]);
    expect(rateUsed(table, 'USD', '2026-12-04')).toEqual({ rate: '1.0512', rateDate: '2026-12-04' });
    expect(rateUsed(table, 'JPY', '2026-12-06')).toEqual({ rate: '161.9', rateDate: '2026-12-04' });
    expect(rateUsed(table, 'CZK', '2026-12-04')).toEqual({ rate: '24', rateDate: '2026-12-04' });
    expect(rateUsed(table, 'BHD', '2026-12-04')).toEqual({ rate: '0.396', rateDate: '2026-12-04' });
  });

  it('has none for EUR, for an unknown currency, or past the oldest usable rate', () => {
    expect(rateUsed(rates, 'EUR', '2026-12-04')).toBeUndefined();
    expect(rateUsed(rates, 'ARS', '2026-12-04')).toBeUndefined();
    expect(rateUsed(rates, 'USD', '2026-12-12')).toBeUndefined();
    expect(rateUsed(rates, 'USD', '2026-12-02')).toBeUndefined();
  });
});

// The date arithmetic on convertMinor's hot path works on the strings in integers; each answer must be exactly what
// JavaScript's own calendar (Date, proleptic Gregorian, UTC) says.
describe('date arithmetic without Date', () => {
  const viaDate = (date: string) => {
    const parsed = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
  };

  it('isIsoDate agrees with Date on every shape of YYYY-MM-DD, valid or not (month 00–19, day 00–39)', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 39 }),
        (year, month, day) => {
          const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isIsoDate(date)).toBe(viaDate(date));
        },
      ),
      { numRuns: 20_000 },
    );
    for (const date of ['2024-02-29', '2023-02-29', '2100-02-29', '2000-02-29', '2026-04-31', '2026-12-31']) {
      expect(isIsoDate(date)).toBe(viaDate(date));
    }
  });

  it('epochDay is the day number Date gives, for every day from 1900 to 2200', () => {
    let days = 0;
    for (let time = Date.UTC(1900, 0, 1); time <= Date.UTC(2200, 11, 31); time += 86_400_000) {
      const date = new Date(time).toISOString().slice(0, 10);
      if (epochDay(date) !== time / 86_400_000) expect(epochDay(date)).toBe(time / 86_400_000);
      days += 1;
    }
    expect(days).toBe(109_938); // 301 years, 73 of them leap years
    expect(epochDay('1970-01-01')).toBe(0);
  });
});
