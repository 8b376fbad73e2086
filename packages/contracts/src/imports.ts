import { z } from 'zod';
import { Currency, Uuid } from './common';
import { IMPORT_PREVIEW_PAGE, MAX_CATEGORY_CHOICES, MAX_IMPORT_ROWS } from './limits';

export { IMPORT_PREVIEW_PAGE, MAX_CATEGORY_CHOICES, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits';

/** Lines a file may have before it is parsed: a bound on the parser's work (OFX spends ~8 lines per row). */
export const MAX_IMPORT_LINES = 10 * MAX_IMPORT_ROWS;
/** Errors one preview answer lists (the count covers them all): a file that is all errors is the wrong file. */
export const MAX_PREVIEW_ERRORS = 1_000;
/** Days either side of an imported row in which a hand-entered expense of the same amount is a near match. */
export const NEAR_MATCH_DAYS = 2;

export const IMPORT_FORMATS = ['csv', 'ofx', 'qif', 'camt053'] as const;
export const DATE_ORDERS = ['DMY', 'MDY', 'YMD'] as const;
export const SIGN_CONVENTIONS = ['negativeIsDebit', 'positiveIsDebit'] as const;
/** The fields a CSV column can hold; `date` and an amount (`amount`, or `debit`/`credit`) are required. */
export const CSV_COLUMNS = [
  'date',
  'amount',
  'debit',
  'credit',
  'description',
  'merchant',
  'currency',
  'bankId',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const CSV_DELIMITERS = [',', ';', 'tab', '|'] as const;
/** The longest preset name; also the database column's size. */
export const MAX_PRESET_NAME = 60;

const columnQuery = (field: string) =>
  z
    .string()
    .regex(/^(\d{1,3}|none)$/, { message: 'must be a column number (0 is the first) or "none"' })
    .transform((value) => (value === 'none' ? null : Number(value)))
    .optional()
    .describe(`Column of the ${field} (0 is the first; "none": the file has none); default: detected`);

const LINE_LIST = /^\d{1,7}(,\d{1,7}){0,9999}$/;
const lineList = (what: string) =>
  z
    .string()
    .regex(LINE_LIST, { message: 'must be line numbers separated by commas, such as "4,7,12"' })
    .transform((value) => value.split(',').map(Number))
    .optional()
    .describe(what);

/**
 * Query of POST /imports/preview (the body is the file itself, `application/octet-stream`). Every CSV setting is
 * detected when left out; give one to confirm or correct what the preview reported.
 */
export const ImportSettingsQuery = z.strictObject({
  filename: z
    .string()
    .trim()
    .min(1, { message: 'is required' })
    .max(200, { message: 'must be at most 200 characters' })
    .describe('The file’s name, kept with the import so you recognise it'),
  currency: Currency.optional().describe('Currency of files that name none (QIF, most CSVs); default yours'),
  dateOrder: z
    .enum(DATE_ORDERS)
    .optional()
    .describe('How to read 03/04/2026: DMY (3 April) or MDY (4 March)'),
  delimiter: z.enum(CSV_DELIMITERS).optional(),
  decimalMark: z.enum(['.', ',']).optional(),
  hasHeader: z.enum(['true', 'false']).optional(),
  signConvention: z
    .enum(SIGN_CONVENTIONS)
    .optional()
    .describe('negativeIsDebit (banks): -12.50 is money spent; positiveIsDebit (expense apps): 12.50 is'),
  preset: Uuid.optional().describe(
    'A saved preset (GET /import-presets) to read the CSV with. Default: your preset whose columns the file’s ' +
      'header names, else the app whose export it is, else detected. Settings given here override the preset’s',
  ),
  dateColumn: columnQuery('date'),
  amountColumn: columnQuery('signed amount'),
  debitColumn: columnQuery('money out, when debits and credits have columns of their own'),
  creditColumn: columnQuery('money in'),
  descriptionColumn: columnQuery('description'),
  merchantColumn: columnQuery('merchant (payee)'),
  currencyColumn: columnQuery('currency'),
  bankIdColumn: columnQuery('bank’s transaction id'),
});
export type ImportSettingsQuery = z.infer<typeof ImportSettingsQuery>;

export const ImportPreviewQuery = ImportSettingsQuery.extend({
  offset: z
    .string()
    .regex(/^\d{1,6}$/, { message: 'must be a row number (0 is the first)' })
    .transform(Number)
    .optional()
    .describe(`The first row to list (0 is the first); ${IMPORT_PREVIEW_PAGE} rows are listed from it`),
});
export type ImportPreviewQuery = z.infer<typeof ImportPreviewQuery>;

const CATEGORY_CHOICE =
  '\\d{1,7}:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|none)';
const CATEGORY_CHOICES = new RegExp(
  `^${CATEGORY_CHOICE}(,${CATEGORY_CHOICE}){0,${MAX_CATEGORY_CHOICES - 1}}$`,
);

/** Query of POST /imports: the preview's settings plus the person's decisions on single rows. */
export const ImportCommitQuery = ImportSettingsQuery.extend({
  include: lineList(
    'Lines to store although the preview skips them by default: near matches, and credits (stored as refunds)',
  ),
  exclude: lineList('Lines to leave out although the preview would store them'),
  categories: z
    .string()
    .regex(CATEGORY_CHOICES, {
      message: `must be at most ${MAX_CATEGORY_CHOICES} pairs line:categoryId (or line:none), such as "4:<uuid>,7:none"`,
    })
    .transform(
      (value) =>
        new Map(
          value.split(',').map((pair): [number, string | null] => {
            const [line, id] = pair.split(':') as [string, string];
            return [Number(line), id === 'none' ? null : id.toLowerCase()];
          }),
        ),
    )
    .optional()
    .describe(
      'Categories you chose in the preview instead of its suggestion, as line:categoryId (none: uncategorised). ' +
        'Each choice for a stored row teaches an `equals` categorisation rule for its merchant (or description)',
    ),
});
export type ImportCommitQuery = z.infer<typeof ImportCommitQuery>;

export const ImportRowStatus = z.enum(['new', 'credit', 'duplicate', 'nearMatch']);

export const ImportPreviewRow = z.object({
  line: z.number().int().describe('Line of the file the row starts on'),
  date: z.string().describe('YYYY-MM-DD'),
  amountMinor: z.number().int().describe('As the bank booked it, in minor units: negative = money spent'),
  currency: z.string(),
  description: z.string().describe('As it will be stored (whitespace collapsed, at most 200 characters)'),
  merchant: z.string().nullable(),
  bankId: z.string().nullable().describe('The bank’s own transaction id (OFX FITID, CAMT entry reference)'),
  status: ImportRowStatus.describe(
    'new: will be stored; credit: money in (skipped unless included: then stored as a refund, a negative ' +
      'expense); duplicate: already imported (skipped); ' +
      'nearMatch: an expense you entered has the same amount within 2 days (skipped unless included)',
  ),
  include: z.boolean().describe('Whether committing stores the row as an expense'),
  match: z
    .object({ expenseId: z.uuid(), occurredOn: z.string(), description: z.string() })
    .nullable()
    .describe('The hand-entered expense a near match resembles'),
  suggestedCategoryId: z
    .uuid()
    .nullable()
    .describe(
      'The category a rule of yours gives this merchant, else the one your expenses with it have most often',
    ),
  suggestedBy: z
    .enum(['rule', 'history'])
    .nullable()
    .describe('Where the suggestion comes from: a categorisation rule, or your past expenses'),
  suggestedRuleId: z.uuid().nullable().describe('The categorisation rule that made the suggestion'),
});
export type ImportPreviewRow = z.infer<typeof ImportPreviewRow>;

export const ImportRowError = z.object({ line: z.number().int(), field: z.string(), reason: z.string() });

export const ImportMapping = z.object({
  preset: z
    .string()
    .nullable()
    .describe('The app whose export this is (SpendWise, Actual Budget, YNAB, Firefly III)'),
  delimiter: z.string(),
  hasHeader: z.boolean(),
  dateOrder: z.enum(DATE_ORDERS).nullable(),
  decimalMark: z.enum(['.', ',']),
  signConvention: z.enum(SIGN_CONVENTIONS),
  columns: z.record(z.string(), z.number().int().nullable()).describe('Column index (0-based) of each field'),
  columnLabels: z
    .array(z.string())
    .describe('Each column as the file names it (its header), or "Column 1", "Column 2"… without a header'),
  savedPreset: z
    .object({ id: z.uuid(), name: z.string() })
    .nullable()
    .describe('Your saved preset the file was read with'),
});

export const ImportCounts = z.object({
  read: z.number().int(),
  new: z.number().int(),
  credits: z.number().int(),
  duplicates: z.number().int(),
  nearMatches: z.number().int(),
  errors: z.number().int(),
});

export const ImportPreview = z.object({
  format: z.enum(IMPORT_FORMATS),
  encoding: z.string(),
  mapping: ImportMapping.nullable().describe('CSV only: how the columns were read'),
  ambiguities: z
    .array(z.object({ field: z.string(), reason: z.string(), options: z.array(z.string()) }))
    .describe('Settings the data cannot decide: send one of `options` as that query parameter'),
  rows: z
    .array(ImportPreviewRow)
    .describe(`At most ${IMPORT_PREVIEW_PAGE} rows, from page.offset; counts covers every row`),
  page: z.object({
    offset: z.number().int().describe('Index of the first row listed (0 is the first)'),
    total: z.number().int().describe('Readable rows in the file (the errors are not rows)'),
  }),
  errors: z
    .array(ImportRowError)
    .describe(`Rows that cannot be read: line, field and reason (the first ${MAX_PREVIEW_ERRORS})`),
  counts: ImportCounts,
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportSummary = z.object({
  id: z.uuid(),
  filename: z.string(),
  format: z.enum(IMPORT_FORMATS),
  rowsRead: z.number().int(),
  rowsStored: z.number().int().describe('Expenses the import stored'),
  rowsSkipped: z.number().int(),
  rowsPresent: z.number().int().describe('Of those, still there (undo removes these)'),
  rowsEdited: z.number().int().describe('Of those, changed since the import (undo removes them too)'),
  createdAt: z.iso.datetime(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ImportList = z.object({ items: z.array(ImportSummary) });
export type ImportList = z.infer<typeof ImportList>;

export const ImportCommitResult = z.object({
  import: ImportSummary,
  stored: z.number().int().describe('Expenses stored'),
  skipped: z.number().int().describe('Rows not stored: credits, already imported, left out, unreadable'),
});
export type ImportCommitResult = z.infer<typeof ImportCommitResult>;

/** A column of a saved preset: its header name (files with a header row) or its position (0 is the first). */
const PresetColumn = z
  .union([
    z
      .string()
      .trim()
      .min(1, { message: 'must not be empty' })
      .max(100, { message: 'must be at most 100 characters' }),
    z.number().int().min(0).max(999),
  ])
  .nullable();

/** How to read one bank's CSV export, saved under a name: columns by header name, so a reordered export still reads. */
export const ImportPresetMapping = z
  .strictObject({
    delimiter: z.enum(CSV_DELIMITERS),
    hasHeader: z.boolean(),
    dateOrder: z.enum(DATE_ORDERS).nullable().describe('null: decided from each file’s dates'),
    decimalMark: z.enum(['.', ',']).nullable().describe('null: decided from each file’s amounts'),
    signConvention: z.enum(SIGN_CONVENTIONS),
    columns: z.strictObject(
      Object.fromEntries(CSV_COLUMNS.map((column) => [column, PresetColumn.default(null)])) as Record<
        CsvColumn,
        z.ZodDefault<typeof PresetColumn>
      >,
    ),
  })
  .superRefine((mapping, context) => {
    const issue = (column: string, message: string) =>
      context.addIssue({ code: 'custom', path: ['columns', column], message });
    if (mapping.columns.date === null) issue('date', 'is required');
    if (mapping.columns.amount === null && mapping.columns.debit === null && mapping.columns.credit === null)
      issue('amount', 'is required (or debit and credit)');
    const seen = new Map<string, string>();
    for (const column of CSV_COLUMNS) {
      const ref = mapping.columns[column];
      if (ref === null) continue;
      if (mapping.hasHeader !== (typeof ref === 'string'))
        issue(
          column,
          mapping.hasHeader ? 'must be a header name' : 'must be a column number without a header',
        );
      const key = String(ref).trim().toLowerCase();
      const other = seen.get(key);
      if (other) issue(column, `is also the ${other} column`);
      seen.set(key, column);
    }
  });
export type ImportPresetMapping = z.infer<typeof ImportPresetMapping>;

export const SaveImportPresetInput = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { message: 'is required' })
    .max(MAX_PRESET_NAME, { message: `must be at most ${MAX_PRESET_NAME} characters` }),
  mapping: ImportPresetMapping,
});
export type SaveImportPresetInput = z.infer<typeof SaveImportPresetInput>;

export const ImportPreset = z.object({
  id: z.uuid(),
  name: z.string(),
  mapping: ImportPresetMapping,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ImportPreset = z.infer<typeof ImportPreset>;

export const ImportPresetList = z.object({ items: z.array(ImportPreset) });
export type ImportPresetList = z.infer<typeof ImportPresetList>;
