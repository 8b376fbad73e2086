import { describe, expect, it } from 'vitest';
import { type CsvMappingRead, presetMappingOf, withColumn } from './import-mapping';

const revolut = (overrides: Partial<CsvMappingRead> = {}): CsvMappingRead => ({
  preset: null,
  savedPreset: null,
  delimiter: ',',
  hasHeader: true,
  dateOrder: 'YMD',
  decimalMark: '.',
  signConvention: 'negativeIsDebit',
  columnLabels: ['Type', 'Started Date', 'Completed Date', 'Description', 'Amount', 'Currency'],
  columns: {
    date: null,
    amount: 4,
    debit: null,
    credit: null,
    description: 3,
    merchant: null,
    currency: 5,
    bankId: null,
  },
  ...overrides,
});

describe('withColumn', () => {
  it('sends every column as read with the chosen one, and leaves out a date nobody chose yet', () => {
    expect(withColumn(revolut(), 'merchant', 0)).toEqual({
      amount: 4,
      debit: null,
      credit: null,
      description: 3,
      merchant: 0,
      currency: 5,
      bankId: null,
    });
    expect(withColumn(revolut(), 'date', 2)).toMatchObject({ date: 2, amount: 4 });
  });

  it('a file is read one way: money out/in clears the signed amount, and the signed amount clears them', () => {
    expect(withColumn(revolut(), 'debit', 4)).toMatchObject({ amount: null, debit: 4 });
    const split = revolut({ columns: { ...revolut().columns, amount: null, debit: 4, credit: 5 } });
    expect(withColumn(split, 'amount', 4)).toMatchObject({ amount: 4, debit: null, credit: null });
    // Clearing the only amount leaves it to the preview to ask for, rather than sending "none".
    expect(withColumn(revolut(), 'amount', null)).not.toHaveProperty('amount');
  });
});

describe('presetMappingOf', () => {
  it('names columns by their header, so a reordered export still reads', () => {
    const read = revolut({ columns: { ...revolut().columns, date: 2 } });
    expect(presetMappingOf(read)).toEqual({
      delimiter: ',',
      hasHeader: true,
      dateOrder: 'YMD',
      decimalMark: '.',
      signConvention: 'negativeIsDebit',
      columns: {
        date: 'Completed Date',
        amount: 'Amount',
        debit: null,
        credit: null,
        description: 'Description',
        merchant: null,
        currency: 'Currency',
        bankId: null,
      },
    });
  });

  it('keeps positions for a file without a header, and writes a tab as the API names it', () => {
    const read = revolut({
      hasHeader: false,
      delimiter: '\t',
      columnLabels: ['Column 1', 'Column 2', 'Column 3'],
      columns: { ...revolut().columns, date: 0, amount: 2, description: 1, currency: null },
    });
    expect(presetMappingOf(read)).toMatchObject({
      delimiter: 'tab',
      columns: { date: 0, amount: 2, description: 1, currency: null },
    });
  });
});
