/** The formats an import file can be in, detected from its content (never from its name). */
export const IMPORT_FORMATS = ['csv', 'ofx', 'qif', 'camt053'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * One statement line, normalised: what every parser produces. `amountMinor` is signed as the bank sees it (a debit,
 * money leaving the account, is negative), in integer minor units of `currency`.
 */
export interface StatementRow {
  /** 1-based line (CSV: the record's first line; XML/QIF: the line where the entry starts). */
  line: number;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  amountMinor: number;
  currency: string;
  description: string;
  merchant?: string;
  /** The bank's own id for the transaction (OFX FITID, CAMT entry reference, a SpendWise export's Id). */
  bankId?: string;
}

export interface RowError {
  line: number;
  field: string;
  reason: string;
}

/** Something the data cannot decide and the person must: e.g. whether 03/04 is 3 April or 4 March. */
export interface Ambiguity {
  field: 'dateOrder';
  reason: string;
  options: string[];
}

export interface ParseOptions {
  /** Currency of files that do not name one (CSV without a currency column, QIF). */
  defaultCurrency: string;
  csv?: CsvOverrides;
}

export type DateOrder = 'DMY' | 'MDY' | 'YMD';
export type SignConvention = 'negativeIsDebit' | 'positiveIsDebit';

/** What a person may confirm or correct of a CSV mapping; anything not given is detected. */
export interface CsvOverrides {
  delimiter?: string;
  hasHeader?: boolean;
  dateOrder?: DateOrder;
  decimalMark?: '.' | ',';
  signConvention?: SignConvention;
}

export interface CsvMapping {
  preset: string | null;
  delimiter: string;
  hasHeader: boolean;
  dateOrder: DateOrder | null;
  decimalMark: '.' | ',';
  signConvention: SignConvention;
  columns: {
    date: number;
    amount: number | null;
    debit: number | null;
    credit: number | null;
    description: number | null;
    merchant: number | null;
    currency: number | null;
    bankId: number | null;
  };
}

export interface ParseResult {
  format: ImportFormat;
  /** The encoding the bytes were read as. */
  encoding: string;
  rows: StatementRow[];
  errors: RowError[];
  ambiguities: Ambiguity[];
  /** CSV only: how the columns were read. */
  mapping?: CsvMapping;
}

/** The file as a whole cannot be read (binary, hostile XML, no recognisable columns): a 4xx naming the reason. */
export class UnreadableStatementError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableStatementError';
  }
}
