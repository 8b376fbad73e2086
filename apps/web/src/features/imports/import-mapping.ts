import type { CsvColumn, ImportPresetMapping, ImportPreview } from '@spendwise/contracts';

export type CsvMappingRead = NonNullable<ImportPreview['mapping']>;
export type ChosenColumns = Partial<Record<CsvColumn, number | null>>;

/** The fields a person maps, in the order the form shows them. */
export const COLUMN_FIELDS: ReadonlyArray<{ column: CsvColumn; label: string }> = [
  { column: 'date', label: 'Date' },
  { column: 'amount', label: 'Amount (signed)' },
  { column: 'debit', label: 'Money out' },
  { column: 'credit', label: 'Money in' },
  { column: 'description', label: 'Description' },
  { column: 'merchant', label: 'Merchant (payee)' },
  { column: 'currency', label: 'Currency' },
  { column: 'bankId', label: 'Bank’s transaction id' },
];

/**
 * Every column as read, with one changed. A file is read with a signed amount or with money out/in columns, so
 * choosing one way clears the other; a date or amount nobody has chosen yet is left out (the preview asks for it).
 */
export function withColumn(read: CsvMappingRead, column: CsvColumn, index: number | null): ChosenColumns {
  const columns: ChosenColumns = { ...(read.columns as ChosenColumns), [column]: index };
  if (column === 'amount' && index !== null) Object.assign(columns, { debit: null, credit: null });
  if ((column === 'debit' || column === 'credit') && index !== null) columns.amount = null;
  if (columns.date === null) delete columns.date;
  if (columns.amount === null && columns.debit == null && columns.credit == null) delete columns.amount;
  return columns;
}

/**
 * The preview's mapping as a preset to save: columns by their header name (so next month's export still reads
 * if the bank reorders its columns), or by position in a file without a header.
 */
export function presetMappingOf(read: CsvMappingRead): ImportPresetMapping {
  const columns = Object.fromEntries(
    Object.entries(read.columns).map(([column, index]) => [
      column,
      index === null ? null : read.hasHeader ? (read.columnLabels[index] ?? null) : index,
    ]),
  ) as ImportPresetMapping['columns'];
  return {
    delimiter: read.delimiter === '\t' ? 'tab' : (read.delimiter as ImportPresetMapping['delimiter']),
    hasHeader: read.hasHeader,
    dateOrder: read.dateOrder,
    decimalMark: read.decimalMark as ImportPresetMapping['decimalMark'],
    signConvention: read.signConvention,
    columns,
  };
}
