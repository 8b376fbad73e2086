import { describe, expect, it } from 'vitest';
import { filtersToQuery } from '@/lib/expense-filter-query';
import { describeRefusal } from '@/lib/money';
import { translator } from '@/test/translate';
import { filterFormSchema as schemaIn, filterFormValues, filtersFromQuery } from './expense-filters';

const CATEGORY = '0196b0a0-7a8e-7c3a-9d2e-3f4a5b6c7d8e';
const empty = {
  q: '',
  from: '',
  to: '',
  categoryId: '',
  minAmount: '',
  maxAmount: '',
  tag: '',
  refundsOnly: false,
};

function filterFormSchema(currency: string, locale: string, language: 'en' | 'de' = 'en') {
  const refusals = translator('amountRefusals', language);
  return schemaIn(currency, locale, translator('expenses.filter', language), (refusal) =>
    describeRefusal(refusal, refusals),
  );
}

describe('expense filters', () => {
  it('turn the filter form into the API query, amounts in minor units', () => {
    const filters = filterFormSchema('USD', 'en-US').parse({
      ...empty,
      q: ' coffee ',
      from: '2026-11-01',
      categoryId: CATEGORY,
      minAmount: '5',
      maxAmount: '12.50',
    });
    expect(filters).toEqual({
      q: 'coffee',
      from: '2026-11-01',
      categoryId: CATEGORY,
      minAmount: 500,
      maxAmount: 1250,
    });
    expect(filtersToQuery(filters).toString()).toBe(
      `q=coffee&from=2026-11-01&categoryId=${CATEGORY}&minAmount=500&maxAmount=1250`,
    );
  });

  it('survive a round trip through the URL and back into the form', () => {
    const query = Object.fromEntries(
      new URLSearchParams('q=tea&to=2026-11-30&maxAmount=1999&categoryId=none'),
    );
    const filters = filtersFromQuery(query);
    expect(filters).toEqual({ q: 'tea', to: '2026-11-30', maxAmount: 1999, categoryId: 'none' });
    expect(filterFormValues(filters, 'USD', 'en-US')).toEqual({
      ...empty,
      q: 'tea',
      to: '2026-11-30',
      categoryId: 'none',
      maxAmount: '19.99',
    });
  });

  it('report ranges the API would reject on the field to fix', () => {
    const result = filterFormSchema('USD', 'en-US').safeParse({
      ...empty,
      from: '2026-12-01',
      to: '2026-11-01',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['from', 'Must not be after to'],
    ]);
    const amounts = filterFormSchema('USD', 'en-US').safeParse({
      ...empty,
      minAmount: '20',
      maxAmount: '10',
    });
    expect(amounts.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['minAmount']);
  });

  it('read amounts with the one parser: "12,50" is 12.50 in en-US, an over-precise bound is refused', () => {
    expect(filterFormSchema('USD', 'en-US').parse({ ...empty, minAmount: '12,50' })).toEqual({
      minAmount: 1250,
    });
    const refused = filterFormSchema('USD', 'en-US').safeParse({ ...empty, maxAmount: '1.234' });
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['maxAmount', 'Maximum: "1.234" reads as 1.234, but USD has 2 decimal places'],
    ]);
  });

  it('word a refused bound in German, the field’s name first', () => {
    const refused = filterFormSchema('EUR', 'de-DE', 'de').safeParse({ ...empty, minAmount: 'zwölf' });
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual([
      'Mindestens: Gib eine Zahl ein, zum Beispiel 12,50',
    ]);
  });

  it('turn "refunds only" into the API’s signed upper bound, and read it back as the switch', () => {
    const filters = filterFormSchema('USD', 'en-US').parse({ ...empty, tag: 'clothes', refundsOnly: true });
    expect(filters).toEqual({ tag: 'clothes', maxAmount: -1 });
    expect(filterFormValues(filters, 'USD', 'en-US')).toEqual({
      ...empty,
      tag: 'clothes',
      refundsOnly: true,
    });
    // A typed lower bound is a positive amount: with refunds only, the API's own rule names the field to fix.
    const both = filterFormSchema('USD', 'en-US').safeParse({ ...empty, minAmount: '5', refundsOnly: true });
    expect(both.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['minAmount']);
  });

  it('drop filters from a hand-edited URL that the API would refuse', () => {
    expect(filtersFromQuery({ from: 'yesterday' })).toEqual({});
    expect(filtersFromQuery({ q: 'ok', unknown: 'x' })).toEqual({ q: 'ok' });
  });
});
