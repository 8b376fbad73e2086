import { describe, expect, it } from 'vitest';
import {
  CreateCategoryInput,
  CreateExpenseInput,
  DashboardQuery,
  ListExpensesQuery,
  UpdateExpenseInput,
  RateCurrency,
  RateDate,
  SetPersonalRateInput,
  UpdateProfileInput,
} from '../src';

const validExpense = { amountMinor: 1250, occurredOn: '2026-11-26', description: 'Lunch' };

function issuesOf(result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('CreateExpenseInput', () => {
  it('accepts a minimal expense and normalises optional text and tags', () => {
    const parsed = CreateExpenseInput.parse({
      ...validExpense,
      merchant: '  ',
      tags: ['Food', 'food', 'work'],
    });
    expect(parsed).toEqual({ ...validExpense, merchant: null, tags: ['food', 'work'] });
  });

  it.each([
    [
      { amountMinor: 0 },
      'amountMinor: must not be zero: a positive amount is spending, a negative one a refund',
    ],
    [{ amountMinor: -1e12 }, 'amountMinor: must be at least -1000000000 (the largest refund)'],
    [{ amountMinor: -12.5 }, 'amountMinor: must be a whole number of minor units (e.g. cents)'],
    [{ amountMinor: 12.5 }, 'amountMinor: must be a whole number of minor units (e.g. cents)'],
    [{ amountMinor: '1250' }, 'amountMinor: must be a number'],
    [{ amountMinor: 1e12 }, 'amountMinor: must be at most 1000000000'],
    [{ occurredOn: '2026-02-30' }, 'occurredOn: is not a real calendar date'],
    [{ occurredOn: '26/11/2026' }, 'occurredOn: must be a date as YYYY-MM-DD'],
    [{ description: '' }, 'description: must be at least 1 character(s)'],
    [{ description: 'x'.repeat(201) }, 'description: must be at most 200 characters'],
    [{ description: 'a\u0000b' }, 'description: must not contain control characters'],
    [{ categoryId: 'nope' }, 'categoryId: must be a UUID'],
  ])('rejects %j naming the field and the reason', (patch, expected) => {
    expect(issuesOf(CreateExpenseInput.safeParse({ ...validExpense, ...patch }))).toContain(expected);
  });

  it('accepts a refund: a negative amount, as large as the largest expense', () => {
    expect(CreateExpenseInput.parse({ ...validExpense, amountMinor: -2000 }).amountMinor).toBe(-2000);
    expect(CreateExpenseInput.parse({ ...validExpense, amountMinor: -1e9 }).amountMinor).toBe(-1e9);
    expect(UpdateExpenseInput.parse({ amountMinor: -1 })).toEqual({ amountMinor: -1 });
    expect(issuesOf(UpdateExpenseInput.safeParse({ amountMinor: 0 }))).toEqual([
      'amountMinor: must not be zero: a positive amount is spending, a negative one a refund',
    ]);
  });

  it('rejects unknown keys, including prototype-pollution keys', () => {
    const result = CreateExpenseInput.safeParse(
      JSON.parse('{"amountMinor":1,"occurredOn":"2026-01-01","description":"x","__proto__":{"admin":true}}'),
    );
    expect(result.success).toBe(false);
  });
});

describe('UpdateExpenseInput', () => {
  it('requires at least one field', () => {
    expect(UpdateExpenseInput.safeParse({}).success).toBe(false);
    expect(UpdateExpenseInput.safeParse({ note: 'hi' }).success).toBe(true);
  });
});

describe('ListExpensesQuery', () => {
  it('parses query-string numbers strictly', () => {
    expect(ListExpensesQuery.parse({ limit: '50', minAmount: '100' })).toEqual({ limit: 50, minAmount: 100 });
    for (const limit of ['0', '101', '1e2', 'Infinity', '-1', ' 5']) {
      expect(ListExpensesQuery.safeParse({ limit }).success, limit).toBe(false);
    }
  });

  it('compares amounts signed, so refunds (negative) can be filtered', () => {
    expect(ListExpensesQuery.parse({ maxAmount: '-1' })).toEqual({ maxAmount: -1 });
    for (const minAmount of ['--1', '-', '+5', '- 5', '-1e3', '-10000000000']) {
      expect(ListExpensesQuery.safeParse({ minAmount }).success, minAmount).toBe(false);
    }
    expect(issuesOf(ListExpensesQuery.safeParse({ minAmount: '-1000000001' }))).toEqual([
      'minAmount: must be at least -1000000000',
    ]);
  });

  it('checks ranges', () => {
    expect(issuesOf(ListExpensesQuery.safeParse({ from: '2026-02-01', to: '2026-01-01' }))).toEqual([
      'from: must not be after to',
    ]);
    expect(issuesOf(ListExpensesQuery.safeParse({ minAmount: '500', maxAmount: '100' }))).toEqual([
      'minAmount: must not exceed maxAmount',
    ]);
  });

  it('accepts "none" as the uncategorised filter', () => {
    expect(ListExpensesQuery.parse({ categoryId: 'none' })).toEqual({ categoryId: 'none' });
  });
});

describe('profile, categories, dashboard', () => {
  it('validates currency and time zone against real ISO 4217 and IANA data', () => {
    expect(UpdateProfileInput.safeParse({ currency: 'EUR', timeZone: 'Europe/Berlin' }).success).toBe(true);
    expect(issuesOf(UpdateProfileInput.safeParse({ currency: 'XYZ' }))).toEqual([
      'currency: is not a current ISO 4217 currency',
    ]);
    expect(issuesOf(UpdateProfileInput.safeParse({ timeZone: 'Mars/Olympus' }))).toEqual([
      'timeZone: is not a known IANA time zone (e.g. Europe/Berlin)',
    ]);
  });

  it('lower-cases colours and bounds names', () => {
    expect(CreateCategoryInput.parse({ name: ' Pets ', color: '#AABBCC' })).toEqual({
      name: 'Pets',
      color: '#aabbcc',
    });
    expect(CreateCategoryInput.safeParse({ name: 'x'.repeat(41), color: '#aabbcc' }).success).toBe(false);
  });

  it('takes a month as YYYY-MM', () => {
    expect(DashboardQuery.parse({ month: '2026-11' })).toEqual({ month: '2026-11' });
    expect(DashboardQuery.safeParse({ month: '2026-13' }).success).toBe(false);
  });
});

describe('SetPersonalRateInput and the rate path parameters', () => {
  it.each(['1.0512', '162.45', '0.0001', '10000000', ' 3.5 ', '0.1234567891'])('accepts %j', (rate) => {
    expect(SetPersonalRateInput.parse({ rate })).toEqual({ rate: rate.trim() });
  });

  it.each([
    ['0', 'must be at least 0.0001 (zero is not a rate)'],
    ['0.0000', 'must be at least 0.0001 (zero is not a rate)'],
    ['0.00009', 'must be at least 0.0001 (zero is not a rate)'],
    ['-1.05', 'must be a positive decimal'],
    ['10000000.0001', 'must be at most 10000000'],
    ['99999999', 'must be at most 10000000'],
    ['100000000000', 'must be at most 10000000'],
    ['1e3', 'must be a positive decimal'],
    ['1,05', 'must be a positive decimal'],
    ['1.12345678901', 'must be a positive decimal'],
    ['NaN', 'must be a positive decimal'],
    ['', 'must be a positive decimal'],
  ])('refuses the rate %j naming the field and reason', (rate, reason) => {
    const result = SetPersonalRateInput.safeParse({ rate });
    expect(issuesOf(result).join('\n')).toContain(`rate: ${reason}`);
  });

  it('refuses a JSON number: a float would not be stored exactly', () => {
    expect(issuesOf(SetPersonalRateInput.safeParse({ rate: 1.05 }))).toEqual([
      'rate: must be a decimal number written as a string, such as "1.0512"',
    ]);
  });

  it('refuses EUR, unknown and malformed currencies, and dates before the first euro rates', () => {
    expect(RateCurrency.safeParse('ARS').success).toBe(true);
    expect(issuesOf(RateCurrency.safeParse('EUR'))).toEqual([
      ': must not be EUR: rates are units of the currency per 1 EUR',
    ]);
    expect(issuesOf(RateCurrency.safeParse('XYZ'))).toEqual([': is not a current ISO 4217 currency']);
    expect(issuesOf(RateCurrency.safeParse('usd')).join()).toContain('must be a 3-letter ISO 4217 code');
    expect(RateDate.safeParse('2026-12-04').success).toBe(true);
    expect(issuesOf(RateDate.safeParse('1998-12-31'))).toEqual([
      ': must be on or after 1999-01-04 (the first euro reference rates)',
    ]);
    expect(issuesOf(RateDate.safeParse('2026-02-30'))).toEqual([': is not a real calendar date']);
  });
});
