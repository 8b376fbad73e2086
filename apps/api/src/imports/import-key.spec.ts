import { describe, expect, it } from 'vitest';
import { importKeys } from './import-key';
import { type StatementRow } from './parsers';

const coffee: StatementRow = {
  line: 2,
  date: '2026-11-03',
  amountMinor: -475,
  currency: 'USD',
  description: 'Coffee',
};

describe('importKeys', () => {
  it('keeps two identical rows of one day apart by their ordinal, and gives a repeat of the day the same keys', () => {
    const first = importKeys([coffee, { ...coffee, line: 3 }], 'csv');
    expect(new Set(first).size).toBe(2);
    const later = importKeys(
      [
        { ...coffee, line: 9 },
        { ...coffee, line: 10 },
        { ...coffee, date: '2026-11-04' },
      ],
      'csv',
    );
    expect(later.slice(0, 2)).toEqual(first);
    expect(first).not.toContain(later[2]);
  });

  it('ignores case and spacing in descriptions, not amounts, currencies, dates or the source', () => {
    const [key] = importKeys([coffee], 'csv');
    expect(importKeys([{ ...coffee, description: '  COFFEE ' }], 'csv')).toEqual([key]);
    for (const other of [{ amountMinor: -476 }, { currency: 'EUR' }, { date: '2026-11-02' }]) {
      expect(importKeys([{ ...coffee, ...other }], 'csv')).not.toEqual([key]);
    }
    expect(importKeys([coffee], 'qif')).not.toEqual([key]);
  });

  it("uses the bank's id where there is one, whatever the row says", () => {
    const a = importKeys([{ ...coffee, bankId: 'FIT1' }], 'ofx');
    expect(importKeys([{ ...coffee, description: 'changed', bankId: 'FIT1' }], 'ofx')).toEqual(a);
    expect(importKeys([{ ...coffee, bankId: 'FIT2' }], 'ofx')).not.toEqual(a);
  });
});
