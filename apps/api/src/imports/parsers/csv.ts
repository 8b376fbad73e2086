import { isCurrencyCode } from '@spendwise/contracts';
import { Readable } from 'node:stream';
import { CsvError as StreamCsvError, parse as parseStream } from 'csv-parse';
import { CsvError, parse } from 'csv-parse/sync';
import { decimalMarkOf, parseSignedAmount } from './amount';
import { DateOrderEvidence, detectDateOrder, parseDate } from './dates';
import {
  type Ambiguity,
  type CsvColumn,
  type CsvMapping,
  type CsvOverrides,
  type DateOrder,
  type ParseOptions,
  type RowError,
  type SavedCsvPreset,
  type SignConvention,
  type StatementRow,
  UnreadableStatementError,
} from './types';

type Column = CsvColumn;

interface Preset {
  name: string;
  /** Header names (lower case) that together identify the app's export. */
  identifiedBy: string[];
  columns: Partial<Record<Column, string>>;
  signConvention: SignConvention;
  /** The app defuses spreadsheet formulas with a leading apostrophe (SpendWise's export does): undo it. */
  apostropheDefused?: boolean;
}

/**
 * CSV exports of the apps people switch from, as their own code writes them (see docs/import.md): the columns are
 * known, so nothing needs confirming.
 */
export const CSV_PRESETS: readonly Preset[] = [
  {
    name: 'SpendWise',
    identifiedBy: ['date', 'description', 'merchant', 'category', 'amount', 'currency', 'id', 'created at'],
    columns: {
      date: 'date',
      amount: 'amount',
      description: 'description',
      merchant: 'merchant',
      currency: 'currency',
      bankId: 'id',
    },
    // SpendWise stores expenses only, as positive amounts.
    signConvention: 'positiveIsDebit',
    apostropheDefused: true,
  },
  {
    name: 'Actual Budget',
    identifiedBy: ['account', 'date', 'payee', 'notes', 'category', 'amount', 'split_amount', 'cleared'],
    columns: { date: 'date', amount: 'amount', description: 'notes', merchant: 'payee' },
    signConvention: 'negativeIsDebit',
  },
  {
    name: 'YNAB',
    identifiedBy: ['account', 'flag', 'date', 'payee', 'memo', 'outflow', 'inflow', 'cleared'],
    columns: { date: 'date', debit: 'outflow', credit: 'inflow', description: 'memo', merchant: 'payee' },
    signConvention: 'negativeIsDebit',
  },
  {
    name: 'Firefly III',
    identifiedBy: [
      'journal_id',
      'type',
      'amount',
      'currency_code',
      'description',
      'date',
      'destination_name',
    ],
    columns: {
      date: 'date',
      amount: 'amount',
      currency: 'currency_code',
      description: 'description',
      merchant: 'destination_name',
      bankId: 'journal_id',
    },
    signConvention: 'negativeIsDebit',
  },
];

// Header names banks use, lower case, for files no preset knows (English, German, French, Spanish, Dutch).
const HEADER_NAMES: Record<Column, string[]> = {
  date: [
    'date',
    'transaction date',
    'booking date',
    'posting date',
    'posted date',
    'buchungstag',
    'buchungsdatum',
    'datum',
    'date opération',
    'fecha',
    'boekdatum',
  ],
  amount: ['amount', 'betrag', 'montant', 'importe', 'bedrag', 'transaction amount', 'umsatz'],
  debit: [
    'debit',
    'debit amount',
    'withdrawal',
    'withdrawals',
    'outflow',
    'paid out',
    'money out',
    'soll',
    'débit',
  ],
  credit: [
    'credit',
    'credit amount',
    'deposit',
    'deposits',
    'inflow',
    'paid in',
    'money in',
    'haben',
    'crédit',
  ],
  description: [
    'description',
    'memo',
    'details',
    'narrative',
    'verwendungszweck',
    'buchungstext',
    'transaction details',
    'transaction description',
    'libellé',
    'concepto',
    'omschrijving',
    'notes',
    'reference',
  ],
  merchant: [
    'payee',
    'merchant',
    'name',
    'counterparty',
    'empfänger',
    'beguenstigter/zahlungspflichtiger',
    'auftraggeber/empfänger',
    'bénéficiaire',
    'naam',
  ],
  currency: ['currency', 'währung', 'waehrung', 'devise', 'ccy', 'moneda', 'munt'],
  bankId: ['transaction id', 'fitid', 'transaktions-id', 'id'],
};

const DELIMITERS = [',', ';', '\t', '|'];
const SAMPLE_RECORDS = 50;
/** Enough text for the first SAMPLE_RECORDS lines of any bank's export (the delimiter is read from them). */
export const HEAD_CHARS = 64 * 1024;

export interface CsvParse {
  rows: StatementRow[];
  errors: RowError[];
  ambiguities: Ambiguity[];
  mapping: CsvMapping;
}

export function parseCsv(text: string, options: ParseOptions): CsvParse {
  const delimiter = delimiterOf(text, options);
  const records = readRecords(text, delimiter);
  const plan = planCsv(records.slice(0, SAMPLE_RECORDS + 1), delimiter, options);
  const body = plan.hasHeader ? records.slice(1) : records;
  const evidence = new Evidence(plan);
  for (const record of body) evidence.add(record);
  const { mapping, ambiguities } = decide(plan, evidence, options);
  if (ambiguities.length > 0 || mapping.dateOrder === null)
    return { rows: [], errors: [], ambiguities, mapping };

  const rows: StatementRow[] = [];
  const errors: RowError[] = [];
  for (const record of body) {
    const row = readRow(record, mapping, mapping.dateOrder, options.defaultCurrency, plan.apostropheDefused);
    if ('reason' in row) errors.push(row);
    else rows.push(row);
  }
  return { rows, errors, ambiguities, mapping };
}

/** A CSV read as a stream of its text: how it reads, and its rows and per-line errors, read when iterated. */
export interface StreamedCsv {
  mapping: CsvMapping;
  ambiguities: Ambiguity[];
  /** Records after the header: each becomes a row or a per-line error. */
  count: number;
  entries: () => AsyncIterable<StatementRow | RowError>;
}

/**
 * The same reading as parseCsv, from a text given as chunks (`text()` yields them afresh each call) and in two
 * passes over it, so that neither the whole text nor its records nor its rows are ever held: the first pass keeps
 * the first records (delimiter, header, columns) and counters (date order, decimal mark); the second reads each
 * record into a row as the caller consumes them.
 */
export async function streamCsv(
  text: () => AsyncIterable<string>,
  head: string,
  options: ParseOptions,
): Promise<StreamedCsv> {
  const delimiter = delimiterOf(head, options);
  const first: CsvRecord[] = [];
  let plan: CsvPlan | undefined;
  let evidence: Evidence | undefined;
  let count = 0;
  const take = (record: CsvRecord, isFirst: boolean) => {
    if (isFirst && plan!.hasHeader) return;
    count++;
    evidence!.add(record);
  };
  for await (const record of streamRecords(text(), delimiter)) {
    if (plan) {
      take(record, false);
      continue;
    }
    first.push(record);
    if (first.length === SAMPLE_RECORDS + 1) {
      plan = planCsv(first, delimiter, options);
      evidence = new Evidence(plan);
      first.forEach((held, index) => take(held, index === 0));
    }
  }
  if (!plan) {
    plan = planCsv(first, delimiter, options);
    evidence = new Evidence(plan);
    first.forEach((held, index) => take(held, index === 0));
  }
  const decided = decide(plan, evidence!, options);
  const { mapping } = decided;
  const ready = decided.ambiguities.length === 0 && mapping.dateOrder !== null;
  const settled = plan;
  async function* entries(): AsyncGenerator<StatementRow | RowError> {
    if (!ready) return;
    let isFirst = true;
    for await (const record of streamRecords(text(), delimiter)) {
      if (isFirst && settled.hasHeader) {
        isFirst = false;
        continue;
      }
      isFirst = false;
      yield readRow(record, mapping, mapping.dateOrder!, options.defaultCurrency, settled.apostropheDefused);
    }
  }
  return { mapping, ambiguities: decided.ambiguities, count: ready ? count : 0, entries };
}

/** What the first records of a file say: how it is laid out. */
interface CsvPlan {
  delimiter: string;
  hasHeader: boolean;
  columns: FoundColumns;
  columnLabels: string[];
  saved: SavedCsvPreset | undefined;
  preset: Preset | undefined;
  apostropheDefused: boolean;
}

function delimiterOf(text: string, options: ParseOptions): string {
  const overrides: CsvOverrides = options.csv ?? {};
  return overrides.delimiter ?? overrides.preset?.delimiter ?? detectDelimiter(text);
}

/** The header, presets and columns, from the file's first SAMPLE_RECORDS + 1 records. */
function planCsv(records: CsvRecord[], delimiter: string, options: ParseOptions): CsvPlan {
  const overrides: CsvOverrides = options.csv ?? {};
  if (records.length === 0) throw new UnreadableStatementError('The file has no rows');

  const first = records[0]!.cells.map((cell) => cell.trim().toLowerCase());
  // The person's own preset first (asked for, or the one whose columns the header names), then the apps' exports.
  // A preset of positions (no header) is only ever asked for: nothing in a file says it is meant for it.
  const saved =
    overrides.preset ??
    overrides.savedPresets?.find(
      (candidate) =>
        candidate.hasHeader &&
        candidate.delimiter === delimiter &&
        headerNames(candidate).every((name) => first.includes(name)),
    );
  // The app whose export this is stays a fact about the file (its import keys' source, its defused formulas)
  // even when the person's own preset says how to read it.
  const preset = CSV_PRESETS.find((candidate) =>
    candidate.identifiedBy.every((name) => first.includes(name)),
  );
  const hasHeader =
    overrides.hasHeader ?? saved?.hasHeader ?? (preset !== undefined || looksLikeHeader(first));
  const body = hasHeader ? records.slice(1) : records;
  const width = Math.max(...records.map((record) => record.cells.length));
  const found = saved
    ? savedColumns(saved, first, width)
    : preset
      ? presetColumns(preset, first)
      : hasHeader
        ? headerColumns(first)
        : contentColumns(body);
  const columns = chosenColumns(found, overrides.columns ?? {}, width);
  const columnLabels = hasHeader
    ? records[0]!.cells.map((cell) => cell.trim())
    : Array.from({ length: width }, (_, index) => `Column ${index + 1}`);
  return {
    delimiter,
    hasHeader,
    columns,
    columnLabels,
    saved,
    preset,
    apostropheDefused: preset?.apostropheDefused === true,
  };
}

/** What every record of the body says about the date order and the decimal mark, counted as they pass. */
class Evidence {
  readonly dates = new DateOrderEvidence();
  comma = 0;
  dot = 0;
  private readonly amountColumns: number[];

  constructor(private readonly plan: CsvPlan) {
    const { amount, debit, credit } = plan.columns;
    this.amountColumns = [amount, debit, credit].filter((column): column is number => column !== null);
  }

  add(record: CsvRecord): void {
    if (this.plan.columns.date !== null) this.dates.add(record.cells[this.plan.columns.date] ?? '');
    for (const column of this.amountColumns) {
      const mark = decimalMarkOf(record.cells[column] ?? '');
      if (mark === ',') this.comma++;
      else if (mark === '.') this.dot++;
    }
  }

  /** The mark most amounts show (detectDecimalMark's rule). */
  get decimalMark(): '.' | ',' | null {
    return this.comma > this.dot ? ',' : this.dot > this.comma ? '.' : null;
  }
}

/** The mapping, with the date order and decimal mark the whole body decided, and what is left to ask. */
function decide(
  plan: CsvPlan,
  evidence: Evidence,
  options: ParseOptions,
): { mapping: CsvMapping; ambiguities: Ambiguity[] } {
  const overrides: CsvOverrides = options.csv ?? {};
  const { saved, preset, columns, columnLabels } = plan;
  const detected = evidence.dates.result();
  const dateOrder = overrides.dateOrder ?? saved?.dateOrder ?? detected.order;
  const decimalMark = overrides.decimalMark ?? saved?.decimalMark ?? evidence.decimalMark ?? '.';
  const mapping: CsvMapping = {
    preset: preset?.name ?? null,
    savedPreset: saved ? { id: saved.id, name: saved.name } : null,
    columnLabels,
    delimiter: plan.delimiter,
    hasHeader: plan.hasHeader,
    dateOrder,
    decimalMark,
    signConvention:
      overrides.signConvention ?? saved?.signConvention ?? preset?.signConvention ?? 'negativeIsDebit',
    columns,
  };
  // What the header does not name is asked for (the person picks the column), never guessed.
  const ambiguities = missingColumns(columns, overrides.columns ?? {}, columnLabels);
  if (ambiguities.length === 0 && dateOrder === null) {
    ambiguities.push({
      field: 'dateOrder',
      reason: detected.conflict
        ? 'The dates have days above 12 in both the first and the second place: choose how to read them'
        : 'Every date could be day/month or month/day (no day above 12): choose how to read them',
      options: ['DMY', 'MDY'],
    });
  }
  return { mapping, ambiguities };
}

interface CsvRecord {
  line: number;
  cells: string[];
}

const CSV_OPTIONS = { relax_column_count: true, info: true, skip_empty_lines: false } as const;

function readRecords(text: string, delimiter: string): CsvRecord[] {
  let raw: RawRecord[];
  try {
    raw = parse(text, { ...CSV_OPTIONS, delimiter }) as unknown as RawRecord[];
  } catch (error) {
    throw malformed(error);
  }
  return [...numbered(raw)];
}

type RawRecord = { record: string[]; info: { lines: number } };

/** The records as csv-parse's stream reads them from the chunks of text, numbered like readRecords. */
async function* streamRecords(text: AsyncIterable<string>, delimiter: string): AsyncGenerator<CsvRecord> {
  const parser = Readable.from(text).pipe(parseStream({ ...CSV_OPTIONS, delimiter }));
  try {
    yield* numbered(parser as AsyncIterable<RawRecord>);
  } catch (error) {
    throw malformed(error);
  } finally {
    parser.destroy();
  }
}

/** Blank lines dropped; each record numbered by the line it starts on. */
function numbered(raw: Iterable<RawRecord>): Generator<CsvRecord>;
function numbered(raw: AsyncIterable<RawRecord>): AsyncGenerator<CsvRecord>;
function numbered(raw: Iterable<RawRecord> | AsyncIterable<RawRecord>) {
  let nextLine = 1;
  const next = ({ record, info }: RawRecord): CsvRecord | undefined => {
    const line = nextLine;
    nextLine = info.lines + 1;
    return record.length === 1 && record[0]!.trim() === '' ? undefined : { line, cells: record };
  };
  if (Symbol.asyncIterator in raw) {
    return (async function* () {
      for await (const item of raw) {
        const record = next(item);
        if (record) yield record;
      }
    })();
  }
  return (function* () {
    for (const item of raw) {
      const record = next(item);
      if (record) yield record;
    }
  })();
}

/**
 * csv-parse's error, from either of its entry points: built as CommonJS (the API's build) its sync and stream
 * modules are separate bundles, each with its own CsvError class.
 */
function malformed(error: unknown): unknown {
  if (error instanceof CsvError || error instanceof StreamCsvError) {
    const line = (error as CsvError & { lines?: number }).lines;
    return new UnreadableStatementError(
      `The CSV is malformed${line ? ` at line ${line}` : ''} (truncated or an unclosed quote): ${error.message}`,
    );
  }
  return error;
}

/** The candidate that splits the first lines into the same number (> 1) of columns, the most columns winning. */
function detectDelimiter(text: string): string {
  const head = text
    .slice(0, HEAD_CHARS)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, SAMPLE_RECORDS);
  let best = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    let records: string[][];
    try {
      records = parse(head.join('\n'), { delimiter, relax_column_count: true, relax_quotes: true });
    } catch {
      continue;
    }
    const counts = records.map((record) => record.length);
    const consistent = counts.filter((count) => count === counts[0]).length / counts.length;
    const score = counts[0]! > 1 ? consistent * 100 + counts[0]! : 0;
    if (score > bestScore) [best, bestScore] = [delimiter, score];
  }
  return best;
}

function looksLikeHeader(cells: string[]): boolean {
  return cells.every(
    (cell) => detectDateOrder([cell]).order === null && !/\d[.,]\d/.test(cell) && !/^-?\d+$/.test(cell),
  );
}

function emptyColumns(): CsvMapping['columns'] {
  return {
    date: -1,
    amount: null,
    debit: null,
    credit: null,
    description: null,
    merchant: null,
    currency: null,
    bankId: null,
  };
}

/**
 * The date and amount columns nothing found, as questions with every column as an option. A column the person
 * explicitly left out ("none") is their answer, and wrong: refused naming the setting.
 */
function missingColumns(
  columns: FoundColumns,
  chosen: Partial<Record<Column, number | null>>,
  labels: string[],
): Ambiguity[] {
  const options = labels.map((_, index) => String(index));
  const missing: Ambiguity[] = [];
  if (columns.date === null) {
    if (chosen.date === null)
      throw new UnreadableStatementError('The date column is required: choose one', 'dateColumn');
    missing.push({
      field: 'dateColumn',
      reason: 'No column is named like a date: choose the one with the dates',
      options,
    });
  }
  if (columns.amount === null && columns.debit === null && columns.credit === null) {
    if (chosen.amount === null)
      throw new UnreadableStatementError(
        'An amount column is required (or debit and credit): choose one',
        'amountColumn',
      );
    missing.push({
      field: 'amountColumn',
      reason:
        'No column is named like an amount: choose the one with the amounts (or the debit and credit ones)',
      options,
    });
  }
  return missing;
}

/** The header names a saved preset reads. */
function headerNames(saved: SavedCsvPreset): string[] {
  return Object.values(saved.columns).flatMap((ref) =>
    typeof ref === 'string' ? [ref.trim().toLowerCase()] : [],
  );
}

type FoundColumns = Omit<CsvMapping['columns'], 'date'> & { date: number | null };

function savedColumns(saved: SavedCsvPreset, header: string[], width: number): FoundColumns {
  const columns: FoundColumns = { ...emptyColumns(), date: null };
  for (const column of Object.keys(columns) as Column[]) {
    const ref = saved.columns[column];
    if (ref === null) columns[column] = null;
    else if (typeof ref === 'number') {
      if (ref >= width)
        throw new UnreadableStatementError(
          `Preset "${saved.name}" reads ${column} from column ${ref + 1}, and the file has ${width}`,
          'preset',
        );
      columns[column] = ref;
    } else {
      const index = header.indexOf(ref.trim().toLowerCase());
      if (index < 0)
        throw new UnreadableStatementError(
          `Preset "${saved.name}" reads ${column} from a column named "${ref}", and the file has none`,
          'preset',
        );
      columns[column] = index;
    }
  }
  return columns;
}

/**
 * The detected (or saved) columns with the person's choices over them. Choosing a signed amount drops the
 * debit/credit pair and the other way round: a file is read one way or the other.
 */
function chosenColumns(
  found: FoundColumns,
  chosen: Partial<Record<Column, number | null>>,
  width: number,
): FoundColumns {
  const columns = { ...found };
  if (chosen.amount != null) [columns.debit, columns.credit] = [null, null];
  else if (chosen.debit != null || chosen.credit != null) columns.amount = null;
  for (const [column, index] of Object.entries(chosen) as Array<[Column, number | null | undefined]>) {
    if (index === undefined) continue;
    if (index !== null && index >= width)
      throw new UnreadableStatementError(
        `The file has ${width} columns: choose one from 0 to ${width - 1}`,
        `${column}Column`,
      );
    columns[column] = index;
  }
  const taken = new Map<number, Column>();
  for (const column of Object.keys(columns) as Column[]) {
    const index = columns[column];
    if (index === null) continue;
    const other = taken.get(index);
    if (other) {
      const blamed = chosen[column] !== undefined ? column : other;
      const kept = blamed === column ? other : column;
      throw new UnreadableStatementError(`Column ${index} is also the ${kept} column`, `${blamed}Column`);
    }
    taken.set(index, column);
  }
  return columns;
}

function presetColumns(preset: Preset, header: string[]): CsvMapping['columns'] & { date: number | null } {
  const columns = emptyColumns() as CsvMapping['columns'] & { date: number | null };
  for (const [column, name] of Object.entries(preset.columns) as Array<[Column, string]>) {
    columns[column] = header.indexOf(name);
  }
  return columns;
}

function headerColumns(header: string[]): Omit<CsvMapping['columns'], 'date'> & { date: number | null } {
  const columns: Omit<CsvMapping['columns'], 'date'> & { date: number | null } = {
    ...emptyColumns(),
    date: null,
  };
  const taken = new Set<number>();
  for (const column of Object.keys(HEADER_NAMES) as Column[]) {
    for (const name of HEADER_NAMES[column]) {
      const index = header.findIndex(
        (cell, i) => !taken.has(i) && (cell === name || cell.startsWith(`${name} (`)),
      );
      if (index >= 0) {
        columns[column] = index;
        taken.add(index);
        break;
      }
    }
  }
  if (columns.amount !== null) [columns.debit, columns.credit] = [null, null];
  return columns;
}

/** No header: the date column is the one whose cells read as dates, the amount the first numeric one after it. */
function contentColumns(body: CsvRecord[]): Omit<CsvMapping['columns'], 'date'> & { date: number | null } {
  const columns: Omit<CsvMapping['columns'], 'date'> & { date: number | null } = {
    ...emptyColumns(),
    date: null,
  };
  const sample = body.slice(0, SAMPLE_RECORDS);
  const width = Math.max(...sample.map((record) => record.cells.length));
  const share = (test: (cell: string) => boolean, index: number) =>
    sample.filter((record) => test((record.cells[index] ?? '').trim())).length / sample.length;
  const isDate = (cell: string) => parseDate(cell, 'DMY') !== null || parseDate(cell, 'MDY') !== null;
  const isAmount = (cell: string) => /^[-+(\u2212]?[^\d]{0,3}\d[\d.,' ]*[)-]?$/.test(cell) && !isDate(cell);
  let longest = 0;
  for (let index = 0; index < width; index++) {
    if (columns.date === null && share(isDate, index) > 0.9) columns.date = index;
    else if (columns.amount === null && share(isAmount, index) > 0.9) columns.amount = index;
    else {
      const length = sample.reduce((sum, record) => sum + (record.cells[index]?.length ?? 0), 0);
      if (length > longest) [columns.description, longest] = [index, length];
    }
  }
  return columns;
}

function readRow(
  record: CsvRecord,
  mapping: CsvMapping,
  dateOrder: DateOrder,
  defaultCurrency: string,
  apostropheDefused: boolean,
): StatementRow | RowError {
  const { columns } = mapping;
  const cell = (index: number | null) => (index === null ? '' : (record.cells[index] ?? '').trim());
  const fail = (field: string, reason: string): RowError => ({ line: record.line, field, reason });

  const date = parseDate(cell(columns.date), dateOrder);
  if (date === null) return fail('date', `"${cell(columns.date)}" is not a date in ${dateOrder} order`);

  let currency = defaultCurrency;
  if (columns.currency !== null && cell(columns.currency) !== '') {
    currency = cell(columns.currency).toUpperCase();
    if (!isCurrencyCode(currency))
      return fail('currency', `"${cell(columns.currency)}" is not an ISO 4217 currency`);
  }

  let amountMinor: number;
  if (columns.amount !== null) {
    const parsed = parseSignedAmount(cell(columns.amount), currency, mapping.decimalMark);
    if (!parsed.ok) return fail('amount', parsed.reason);
    amountMinor = mapping.signConvention === 'positiveIsDebit' ? -parsed.minor : parsed.minor;
  } else {
    const debit = cell(columns.debit);
    const credit = cell(columns.credit);
    // YNAB writes "$0.00" in the column that does not apply, most banks leave it empty.
    const holdsAmount = (text: string) => /[1-9]/.test(text);
    if (holdsAmount(debit) && holdsAmount(credit)) {
      return fail('amount', 'Both the debit and the credit column hold an amount');
    }
    const useDebit = holdsAmount(debit);
    const parsed = parseSignedAmount(useDebit ? debit : credit, currency, mapping.decimalMark);
    if (!parsed.ok) return fail(useDebit ? 'debit' : 'credit', parsed.reason);
    amountMinor = useDebit ? -Math.abs(parsed.minor) : Math.abs(parsed.minor);
  }

  const undefuse = (text: string) => (apostropheDefused ? text.replace(/^'(?=[=+\-@\t\r])/, '') : text);
  const merchant = undefuse(cell(columns.merchant));
  const description = undefuse(cell(columns.description)) || merchant;
  if (description === '') return fail('description', 'The row has no description or payee');
  const bankId = cell(columns.bankId);
  return {
    line: record.line,
    date,
    amountMinor,
    currency,
    description,
    ...(merchant !== '' ? { merchant } : {}),
    ...(bankId !== '' ? { bankId } : {}),
  };
}
