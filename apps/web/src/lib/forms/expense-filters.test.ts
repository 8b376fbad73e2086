import { describe, expect, it } from 'vitest';
import { filtersToQuery } from '../expense-filter-query';
import { filterFormSchema, filterFormValues, filtersFromQuery } from './expense-filters';

const CATEGORY = '0196b0a0-7a8e-7c3a-9d2e-3f4a5b6c7d8e';
const empty = { q: '', from: '', to: '', categoryId: '', minAmount: '', maxAmount: '', tag: '' };

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

  it('drop filters from a hand-edited URL that the API would refuse', () => {
    expect(filtersFromQuery({ from: 'yesterday' })).toEqual({});
    expect(filtersFromQuery({ q: 'ok', unknown: 'x' })).toEqual({ q: 'ok' });
  });
});
