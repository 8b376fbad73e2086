import { describe, expect, it } from 'vitest';
import {
  CreateCategoryInput,
  CreateExpenseInput,
  DashboardQuery,
  ListExpensesQuery,
  UpdateExpenseInput,
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
    [{ amountMinor: 0 }, 'amountMinor: must be greater than zero'],
    [{ amountMinor: -5 }, 'amountMinor: must be greater than zero'],
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
