import { describe, it, expect } from 'vitest';
import { buildRateTable } from '@spendwise/contracts';
import { type ForeignGroup, mergeNotInTotals, toBaseCurrency } from './base-currency';

// 1 EUR = 1.25 USD = 160 JPY; Friday 4 December is the last day published (no rate on the weekend itself).
const RATES = buildRateTable([
  { currency: 'USD', date: '2026-12-04', rate: '1.25' },
  { currency: 'JPY', date: '2026-12-04', rate: '160' },
  { currency: 'USD', date: '2026-12-07', rate: '2' },
]);

const group = (
  currency: string,
  date: string,
  totalMinor: number,
  count = 1,
  categoryId: string | null = null,
) => ({ currency, date, categoryId, totalMinor, count }) satisfies ForeignGroup;

describe('toBaseCurrency', () => {
  it("converts each group at its day's rate, cross rates through EUR, weekends at Friday's", () => {
    const { converted, notInTotals } = toBaseCurrency(
      [
        group('USD', '2026-12-04', 1000, 2, 'cat-food'), // 10.00 USD / 1.25 = 8.00 EUR
        group('JPY', '2026-12-06', 1600), // Sunday: 1600 JPY / 160 = 10.00 EUR at Friday's rate
      ],
      'EUR',
      RATES,
    );
    expect(converted).toEqual([
      { date: '2026-12-04', categoryId: 'cat-food', amountMinor: 800 },
      { date: '2026-12-06', categoryId: null, amountMinor: 1000 },
    ]);
    expect(notInTotals).toEqual([]);
    // Base USD: 1600 JPY → 10.00 EUR → 12.50 USD.
    expect(toBaseCurrency([group('JPY', '2026-12-04', 1600)], 'USD', RATES).converted).toEqual([
      { date: '2026-12-04', categoryId: null, amountMinor: 1250 },
    ]);
  });

  it('rounds once per group, half to even', () => {
    // At 2 USD per EUR: 3 cents are 1.5 euro cents → 2, 1 cent is 0.5 → 0, 5 cents are 2.5 → 2.
    const { converted } = toBaseCurrency(
      [
        group('USD', '2026-12-07', 3),
        group('USD', '2026-12-07', 1, 1, 'a'),
        group('USD', '2026-12-07', 5, 1, 'b'),
      ],
      'EUR',
      RATES,
    );
    expect(converted.map((entry) => entry.amountMinor)).toEqual([2, 0, 2]);
  });

  it('counts groups without a usable rate apart, per currency, with their dates — never 1:1', () => {
    const { converted, notInTotals } = toBaseCurrency(
      [
        group('ARS', '2026-12-04', 50000, 2), // ECB does not publish ARS
        group('JPY', '2026-09-30', 700, 1, 'cat-food'), // before the first rate
        group('JPY', '2026-09-30', 300, 2), // same day, another category: the date is listed once
        group('JPY', '2026-12-20', 100), // Friday's rate is 16 days old: stale is no rate
        group('JPY', '2026-12-05', 320), // converts
        group('ARS', '2026-11-02', 1000),
      ],
      'EUR',
      RATES,
    );
    expect(converted).toEqual([{ date: '2026-12-05', categoryId: null, amountMinor: 200 }]);
    expect(notInTotals).toEqual([
      { currency: 'ARS', count: 3, amountMinor: 51000, dates: ['2026-11-02', '2026-12-04'] },
      { currency: 'JPY', count: 4, amountMinor: 1100, dates: ['2026-09-30', '2026-12-20'] },
    ]);
  });

  it('reports every foreign group when the base currency itself has no rate', () => {
    const { converted, notInTotals } = toBaseCurrency([group('USD', '2026-12-04', 1000)], 'ARS', RATES);
    expect(converted).toEqual([]);
    expect(notInTotals).toEqual([{ currency: 'USD', count: 1, amountMinor: 1000, dates: ['2026-12-04'] }]);
  });
});

describe('mergeNotInTotals', () => {
  it('gives for groups split by month what toBaseCurrency gives for all of them at once', () => {
    const groups = [
      group('ARS', '2026-11-02', 1000),
      group('JPY', '2026-09-30', 700, 1, 'cat-food'),
      group('ARS', '2026-12-04', 50000, 2),
      group('JPY', '2026-12-20', 100),
      group('JPY', '2026-12-05', 320),
      group('JPY', '2026-09-30', 300, 2),
    ];
    const byMonth = new Map<string, ForeignGroup[]>();
    for (const one of groups)
      byMonth.set(one.date.slice(0, 7), [...(byMonth.get(one.date.slice(0, 7)) ?? []), one]);
    const perMonth = [...byMonth.values()].map(
      (inMonth) => toBaseCurrency(inMonth, 'EUR', RATES).notInTotals,
    );
    expect(perMonth.length).toBe(3);
    expect(mergeNotInTotals(perMonth)).toEqual(toBaseCurrency(groups, 'EUR', RATES).notInTotals);
    expect(mergeNotInTotals([])).toEqual([]);
  });
});
