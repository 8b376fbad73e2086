import { describe, expect, it } from 'vitest';
import { answers, type ForeignNeed, foreignNeedOf } from './foreign-need';

const month = (yearMonth: string, currencies: string[]) => ({
  month: yearMonth,
  currencies,
  convertedMinor: null,
  notInTotals: null,
});

describe('foreignNeedOf', () => {
  it('names the months’ currencies, the whole months, and the recent expenses’ currencies and dates', () => {
    expect(
      foreignNeedOf(
        'USD',
        [month('2026-12', ['JPY', 'EUR']), month('2026-10', ['EUR'])],
        [
          { currency: 'USD', occurredOn: '2027-01-02' },
          { currency: 'GBP', occurredOn: '2026-09-30' },
        ],
      ),
    ).toEqual({
      currencies: ['EUR', 'JPY'],
      months: ['2026-10-01', '2026-12-01'],
      rateCurrencies: ['USD', 'EUR', 'JPY', 'GBP'],
      from: '2026-09-30',
      to: '2026-12-31',
    });
  });

  it('needs nothing when nothing is in another currency', () => {
    expect(foreignNeedOf('USD', [], [{ currency: 'USD', occurredOn: '2026-12-01' }])).toBeNull();
  });
});

describe('answers', () => {
  const expected: ForeignNeed = {
    currencies: ['EUR', 'JPY'],
    months: ['2026-12-01'],
    rateCurrencies: ['USD', 'EUR', 'JPY'],
    from: '2026-12-01',
    to: '2026-12-31',
  };

  it('accepts the same need, and one asking for fewer currencies or a narrower range', () => {
    expect(answers(expected, { ...expected })).toBe(true);
    expect(
      answers(expected, {
        ...expected,
        currencies: ['EUR'],
        rateCurrencies: ['USD', 'EUR'],
        from: '2026-12-03',
        to: '2026-12-20',
      }),
    ).toBe(true);
  });

  it.each<[string, Partial<ForeignNeed>]>([
    ['another month to convert', { months: ['2026-11-01', '2026-12-01'] }],
    ['a month fewer', { months: [] }],
    ['another month in place of it', { months: ['2026-11-01'] }],
    ['a currency spent that was not read', { currencies: ['EUR', 'GBP', 'JPY'] }],
    ['rates of a currency that were not read', { rateCurrencies: ['USD', 'EUR', 'JPY', 'CHF'] }],
    ['rates from an earlier day', { from: '2026-11-30' }],
    ['rates to a later day', { to: '2027-01-01' }],
  ])('refuses %s', (_, change) => {
    expect(answers(expected, { ...expected, ...change })).toBe(false);
  });

  it('refuses when nothing needs converting any more', () => {
    expect(answers(expected, null)).toBe(false);
  });
});
