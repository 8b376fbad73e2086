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
  /** dateOrder: DMY or MDY; dateColumn, amountColumn: a column's position (0 is the first). */
  field: 'dateOrder' | 'dateColumn' | 'amountColumn';
  reason: string;
  options: string[];
}

/**
 * A file as the import reads it: a stream of its bytes from any offset, read afresh for each pass (a CSV's), or
 * whole (the formats parsed as documents). The API's is an upload spooled to disk (upload-spool.ts); bytesOf()
 * serves bytes held in memory.
 */
export interface StatementBytes {
  readonly size: number;
  stream(start?: number): AsyncIterable<Uint8Array>;
  whole(): Promise<Uint8Array>;
}

export interface ParseOptions {
  /** Currency of files that do not name one (CSV without a currency column, QIF). */
  defaultCurrency: string;
  csv?: CsvOverrides;
}

export type DateOrder = 'DMY' | 'MDY' | 'YMD';
export type SignConvention = 'negativeIsDebit' | 'positiveIsDebit';

export type CsvColumn = keyof CsvMapping['columns'];

/** A mapping the person saved under a name; columns by header name, or by position for files without a header. */
export interface SavedCsvPreset {
  id: string;
  name: string;
  delimiter: string;
  hasHeader: boolean;
  dateOrder: DateOrder | null;
  decimalMark: '.' | ',' | null;
  signConvention: SignConvention;
  columns: Record<CsvColumn, string | number | null>;
}

/** What a person may confirm or correct of a CSV mapping; anything not given is detected. */
export interface CsvOverrides {
  delimiter?: string;
  hasHeader?: boolean;
  dateOrder?: DateOrder;
  decimalMark?: '.' | ',';
  signConvention?: SignConvention;
  /** Columns chosen by position (null: the file has none), over anything detected or saved. */
  columns?: Partial<Record<CsvColumn, number | null>>;
  /** The person's saved presets: the first whose header names the file has is applied. */
  savedPresets?: SavedCsvPreset[];
  /** The saved preset asked for by id: applied whatever the header (a missing column is an error). */
  preset?: SavedCsvPreset;
}

export interface CsvMapping {
  /** The app whose export this is (shipped presets). */
  preset: string | null;
  /** The person's saved preset the file was read with. */
  savedPreset: { id: string; name: string } | null;
  /** Each column as the file names it, or "Column 1"… without a header. */
  columnLabels: string[];
  delimiter: string;
  hasHeader: boolean;
  dateOrder: DateOrder | null;
  decimalMark: '.' | ',';
  signConvention: SignConvention;
  columns: {
    /** null only while the person has not chosen it (an ambiguity asks). */
    date: number | null;
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
/** The file cannot be read as a whole; `field` names the setting to blame when it is not the file itself. */
export class UnreadableStatementError extends Error {
  constructor(
    readonly reason: string,
    readonly field = 'file',
  ) {
    super(reason);
    this.name = 'UnreadableStatementError';
  }
}
