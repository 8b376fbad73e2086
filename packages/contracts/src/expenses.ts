import { z } from 'zod';
import { IsoDate, MAX_AMOUNT_MINOR, Uuid, text } from './common';
import { EXPENSE_SORTS, SORT_DIRECTIONS } from './sorting';

export const EXPENSE_PAGE_MAX = 100;
export const EXPENSE_PAGE_DEFAULT = 25;
export const TAGS_MAX = 10;

/**
 * An expense's amount in minor units: positive is spending, negative a refund (money back for something bought),
 * which lowers its category's totals, the month's and the budgets' — never 0, which records nothing. The sign is the
 * one representation from the database to the export (docs/money.md, "Refunds").
 */
export const ExpenseAmountMinor = z
  .number({ message: 'must be a number' })
  .int({ message: 'must be a whole number of minor units (e.g. cents)' })
  .refine((amount) => amount !== 0, {
    message: 'must not be zero: a positive amount is spending, a negative one a refund',
  })
  .min(-MAX_AMOUNT_MINOR, { message: `must be at least -${MAX_AMOUNT_MINOR} (the largest refund)` })
  .max(MAX_AMOUNT_MINOR, { message: `must be at most ${MAX_AMOUNT_MINOR}` })
  .describe('Minor units of the currency (1250 = 12.50 USD); negative for a refund, never 0');

export const Expense = z.object({
  id: z.uuid(),
  amountMinor: z.number().int().describe('Minor units; negative for a refund'),
  currency: z.string(),
  occurredOn: z.string().describe('Calendar date YYYY-MM-DD'),
  description: z.string(),
  merchant: z.string().nullable(),
  note: z.string().nullable(),
  tags: z.array(z.string()),
  categoryId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Expense = z.infer<typeof Expense>;

const Tag = text({ min: 1, max: 30 });
const Tags = z
  .array(Tag, { message: 'must be a list of tags' })
  .max(TAGS_MAX, { message: `must hold at most ${TAGS_MAX} tags` })
  .transform((tags) => [...new Set(tags.map((tag) => tag.toLowerCase()))]);

const optionalText = (max: number) =>
  text({ max })
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

export const CreateExpenseInput = z.strictObject({
  amountMinor: ExpenseAmountMinor,
  occurredOn: IsoDate,
  description: text({ min: 1, max: 200 }),
  merchant: optionalText(100),
  note: optionalText(1000),
  tags: Tags.optional(),
  categoryId: Uuid.nullable().optional(),
});
export type CreateExpenseInput = z.input<typeof CreateExpenseInput>;
export type CreateExpense = z.output<typeof CreateExpenseInput>;

export const UpdateExpenseInput = CreateExpenseInput.partial().refine(
  (value) => Object.keys(value).length > 0,
  { message: 'send at least one field to change' },
);
export type UpdateExpenseInput = z.input<typeof UpdateExpenseInput>;
export type UpdateExpense = z.output<typeof UpdateExpenseInput>;

/**
 * Query-string integers arrive as text: accept plain digits, with a leading "-" for refunds, only (no "1e3",
 * "Infinity", " 5"). Amounts compare signed: minAmount=1 keeps expenses only, maxAmount=-1 refunds only.
 */
const QueryAmount = z
  .string()
  .regex(/^-?\d{1,10}$/, { message: 'must be a whole number of minor units' })
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(-MAX_AMOUNT_MINOR, { message: `must be at least -${MAX_AMOUNT_MINOR}` })
      .max(MAX_AMOUNT_MINOR, { message: `must be at most ${MAX_AMOUNT_MINOR}` }),
  );

const filterShape = {
  from: IsoDate.optional().describe('First day included (YYYY-MM-DD)'),
  to: IsoDate.optional().describe('Last day included (YYYY-MM-DD)'),
  categoryId: z
    .union([Uuid, z.literal('none')], { message: 'must be a category id or "none"' })
    .optional()
    .describe('A category id, or "none" for uncategorised expenses'),
  q: text({ min: 1, max: 100 }).optional().describe('Text search over description and merchant'),
  minAmount: QueryAmount.optional().describe('Smallest amount in minor units (refunds are negative)'),
  maxAmount: QueryAmount.optional().describe('Largest amount in minor units (refunds are negative)'),
  tag: text({ min: 1, max: 30 })
    .transform((tag) => tag.toLowerCase())
    .optional()
    .describe('Only expenses carrying this tag (tags are stored lower-case)'),
};

interface Ranges {
  from?: string | undefined;
  to?: string | undefined;
  minAmount?: number | undefined;
  maxAmount?: number | undefined;
}

function withRangeChecks<T extends z.ZodType<Ranges>>(schema: T) {
  return schema
    .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'must not be after to', path: ['from'] })
    .refine((f) => f.minAmount === undefined || f.maxAmount === undefined || f.minAmount <= f.maxAmount, {
      message: 'must not exceed maxAmount',
      path: ['minAmount'],
    });
}

/** Filters shared by the list and the CSV export. */
export const ExpenseFilters = withRangeChecks(z.strictObject(filterShape));
export type ExpenseFilters = z.output<typeof ExpenseFilters>;

export const ListExpensesQuery = withRangeChecks(
  z.strictObject({
    ...filterShape,
    sort: z
      .enum(EXPENSE_SORTS, { message: `must be one of ${EXPENSE_SORTS.join(', ')}` })
      .optional()
      .describe(
        'Order of the list (default date). amount: the base currency first, then each other currency ' +
          '(alphabetically), by amount within each — amounts in different currencies are never compared at a ' +
          'guessed rate. merchant: case-insensitive, expenses without one last. category: by name, uncategorised ' +
          'last. Ties: newest first.',
      ),
    direction: z
      .enum(SORT_DIRECTIONS, { message: 'must be asc or desc' })
      .optional()
      .describe('asc or desc (default: desc for date and amount, asc for merchant and category)'),
    cursor: z
      .string()
      .max(800, { message: 'is not a valid cursor' })
      .regex(/^[A-Za-z0-9_-]+$/, { message: 'is not a valid cursor' })
      .optional()
      .describe('Opaque cursor from the previous page'),
    limit: z
      .string()
      .regex(/^\d{1,3}$/, { message: `must be a whole number from 1 to ${EXPENSE_PAGE_MAX}` })
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(1)
          .max(EXPENSE_PAGE_MAX, { message: `must be at most ${EXPENSE_PAGE_MAX}` }),
      )
      .optional()
      .describe(`Page size, 1–${EXPENSE_PAGE_MAX} (default ${EXPENSE_PAGE_DEFAULT})`),
  }),
);
export type ListExpensesQuery = z.output<typeof ListExpensesQuery>;

/** An expense in a list, with its amount in the person's base currency at the rate of its date. */
export const ListedExpense = Expense.extend({
  baseAmountMinor: z
    .number()
    .int()
    .nullable()
    .describe(
      'amountMinor converted to baseCurrency at the rate of occurredOn (ECB’s or your own, half-even); equal to ' +
        'amountMinor when recorded in it; null without a usable rate (never 1:1)',
    ),
});
export type ListedExpense = z.infer<typeof ListedExpense>;

export const ExpensePage = z.object({
  items: z.array(ListedExpense),
  baseCurrency: z.string().describe("The person's base currency: the one baseAmountMinor is in"),
  nextCursor: z.string().nullable(),
});
export type ExpensePage = z.infer<typeof ExpensePage>;

/**
 * Expenses of one currency that no total includes because no exchange rate converts them to the base currency on
 * their date (ECB does not publish the currency, or not for that day, or its last rate is over 7 days old). They are
 * counted in the totals as soon as a rate for their date exists.
 */
export const NotInTotals = z.object({
  currency: z.string().describe('The currency the expenses were recorded in'),
  count: z.number().int().describe('How many expenses'),
  amountMinor: z.number().int().describe('Their sum in minor units of `currency`, as recorded'),
  dates: z.array(z.string()).describe('The expense dates (YYYY-MM-DD) without a usable rate, oldest first'),
});
export type NotInTotals = z.infer<typeof NotInTotals>;

/**
 * What the filtered list adds up to: how many expenses, and their total in the person's base currency — each
 * foreign (currency, day) group converted at that day's rate, as the dashboard does — with what no rate converts
 * counted apart, never at 1:1.
 */
export const ExpenseSummary = z.object({
  count: z.number().int().describe('Every expense the filters match, across all pages'),
  baseCurrency: z.string().describe("The person's base currency: the one totalMinor is in"),
  totalMinor: z.number().int().describe('Their total in baseCurrency, without the ones in notInTotals'),
  notInTotals: z.array(NotInTotals).describe('Per currency, the matching expenses no rate converts'),
});
export type ExpenseSummary = z.infer<typeof ExpenseSummary>;

/** How many expenses one bulk action may change: a screenful of selections many times over, one statement each. */
export const BULK_EXPENSES_MAX = 500;
/** How long an action can be undone (the undo is kept on the server, so a reload or another device can use it). */
export const UNDO_WINDOW_HOURS = 24;

export const BulkExpenseAction = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('delete') }),
    z.strictObject({
      kind: z.literal('setCategory'),
      categoryId: Uuid.nullable().describe('The category to move them to; null uncategorises'),
    }),
    z.strictObject({ kind: z.literal('addTag'), tag: Tag.transform((tag) => tag.toLowerCase()) }),
    z.strictObject({ kind: z.literal('removeTag'), tag: Tag.transform((tag) => tag.toLowerCase()) }),
  ],
  { message: 'must have kind delete, setCategory, addTag or removeTag' },
);
export type BulkExpenseAction = z.output<typeof BulkExpenseAction>;

export const BulkExpenseInput = z.strictObject({
  ids: z
    .array(Uuid, { message: 'must be a list of expense ids' })
    .min(1, { message: 'must name at least one expense' })
    .max(BULK_EXPENSES_MAX, { message: `must name at most ${BULK_EXPENSES_MAX} expenses` })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'must not name an expense twice' })
    .describe('The expenses to change: all must be yours, or nothing changes'),
  action: BulkExpenseAction,
});
export type BulkExpenseInput = z.input<typeof BulkExpenseInput>;
export type BulkExpense = z.output<typeof BulkExpenseInput>;

export const UndoableAction = z.object({
  id: z.uuid().describe('POST /expenses/undo/{id} reverses the action'),
  kind: z.enum(['delete', 'setCategory', 'addTag', 'removeTag']),
  count: z.number().int().describe('How many expenses it changed'),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().describe(`${UNDO_WINDOW_HOURS} hours after createdAt`),
});
export type UndoableAction = z.infer<typeof UndoableAction>;

export const BulkExpenseResult = z.object({
  affected: z.number().int().describe('Expenses changed (an expense that already had the tag, say, is not)'),
  undo: UndoableAction,
});
export type BulkExpenseResult = z.infer<typeof BulkExpenseResult>;

export const UndoableActionList = z.object({
  items: z.array(UndoableAction).describe('Not undone and not expired, newest first (at most 10)'),
});
export type UndoableActionList = z.infer<typeof UndoableActionList>;

export const UndoResult = z.object({
  restored: z.number().int().describe('Expenses back as they were'),
  skipped: z
    .number()
    .int()
    .describe(
      'Expenses left as they are now: changed again since the action, or (for a delete) imported again or ' +
        'recorded again with the same Idempotency-Key since, so bringing them back would double them',
    ),
});
export type UndoResult = z.infer<typeof UndoResult>;
