import { z } from 'zod';
import { AmountMinor, Currency, IsoDate, Uuid, text } from './common';
import { TAGS_MAX } from './expenses';

export const RECURRING_EVERY_MAX = 366;
export const RECURRING_COUNT_MAX = 1000;

const every = z
  .number({ message: 'must be a number' })
  .int({ message: 'must be a whole number' })
  .min(1, { message: 'must be at least 1' })
  .max(RECURRING_EVERY_MAX, { message: `must be at most ${RECURRING_EVERY_MAX}` })
  .default(1);

/** When a series occurs; every date is computed from its start (schedule.ts). */
export const ScheduleInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('days'), every }),
    z.strictObject({ kind: z.literal('weeks'), every }),
    z.strictObject({
      kind: z.literal('monthly'),
      every,
      day: z
        .number({ message: 'must be a number' })
        .int({ message: 'must be a whole number' })
        .min(1, { message: 'must be from 1 to 31' })
        .max(31, { message: 'must be from 1 to 31 (a month without it uses its last day)' }),
    }),
    z.strictObject({ kind: z.literal('monthlyLastDay'), every }),
    z.strictObject({
      kind: z.literal('monthlyWeekday'),
      every,
      weekday: z
        .number({ message: 'must be a number' })
        .int({ message: 'must be 1 (Monday) to 7 (Sunday)' })
        .min(1, { message: 'must be 1 (Monday) to 7 (Sunday)' })
        .max(7, { message: 'must be 1 (Monday) to 7 (Sunday)' }),
      week: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], {
        message: 'must be 1, 2, 3, 4 or -1 (the last)',
      }),
    }),
    z.strictObject({ kind: z.literal('yearly'), every }),
  ],
  { message: 'must have kind days, weeks, monthly, monthlyLastDay, monthlyWeekday or yearly' },
);
export type ScheduleInput = z.input<typeof ScheduleInput>;

const Tags = z
  .array(text({ min: 1, max: 30 }), { message: 'must be a list of tags' })
  .max(TAGS_MAX, { message: `must hold at most ${TAGS_MAX} tags` })
  .transform((tags) => [...new Set(tags.map((tag) => tag.toLowerCase()))]);

const optionalText = (max: number) =>
  text({ max })
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

const expenseFields = {
  amountMinor: AmountMinor,
  description: text({ min: 1, max: 200 }),
  merchant: optionalText(100),
  note: optionalText(1000),
  tags: Tags.optional(),
  categoryId: Uuid.nullable().optional(),
};

export const CreateRecurringSeriesInput = z
  .strictObject({
    ...expenseFields,
    currency: Currency.optional().describe(
      'Currency its amounts are in (a subscription billed in euros stays in euros); default yours',
    ),
    schedule: ScheduleInput,
    startOn: IsoDate.describe('First day the series may occur on (YYYY-MM-DD)'),
    endOn: IsoDate.nullable().optional().describe('Last day it may occur on, inclusive'),
    count: z
      .number({ message: 'must be a number' })
      .int({ message: 'must be a whole number' })
      .min(1, { message: 'must be at least 1' })
      .max(RECURRING_COUNT_MAX, { message: `must be at most ${RECURRING_COUNT_MAX}` })
      .nullable()
      .optional()
      .describe('How many occurrences in all, counted from the start'),
  })
  .refine((s) => !s.endOn || s.endOn >= s.startOn, { message: 'must not be before startOn', path: ['endOn'] })
  .refine((s) => s.endOn == null || s.count == null, {
    message: 'give endOn or count, not both',
    path: ['count'],
  });
export type CreateRecurringSeriesInput = z.input<typeof CreateRecurringSeriesInput>;
export type CreateRecurringSeries = z.output<typeof CreateRecurringSeriesInput>;

/**
 * Change what a series spends: `occurrence` (the expense of the occurrence on `on`), `future` (that occurrence and
 * every later one: the series is split at `on`) or `series` (every occurrence, past expenses included).
 */
export const UpdateRecurringSeriesInput = z
  .strictObject({
    scope: z.enum(['occurrence', 'future', 'series'], { message: 'must be occurrence, future or series' }),
    on: IsoDate.optional().describe('The occurrence edited (scope occurrence or future)'),
    amountMinor: AmountMinor.optional(),
    description: text({ min: 1, max: 200 }).optional(),
    merchant: optionalText(100),
    note: optionalText(1000),
    tags: Tags.optional(),
    categoryId: Uuid.nullable().optional(),
    schedule: ScheduleInput.optional().describe(
      'A new schedule from `on` (scope future: the series is split there) or from the start (scope series, only ' +
        'while none of its dates has become an expense); not for one occurrence',
    ),
  })
  .refine((u) => u.scope === 'series' || u.on !== undefined, {
    message: 'is required for scope occurrence or future',
    path: ['on'],
  })
  .refine((u) => Object.keys(u).some((key) => key !== 'scope' && key !== 'on'), {
    message: 'send at least one field to change',
  })
  .refine((u) => u.scope !== 'occurrence' || u.schedule === undefined, {
    message: 'cannot change for one occurrence (edit the date of its expense instead)',
    path: ['schedule'],
  });
export type UpdateRecurringSeriesInput = z.input<typeof UpdateRecurringSeriesInput>;
export type UpdateRecurringSeries = z.output<typeof UpdateRecurringSeriesInput>;

export const EndRecurringSeriesInput = z.strictObject({
  on: IsoDate.describe('Last day the series may occur on, inclusive'),
});
export type EndRecurringSeriesInput = z.input<typeof EndRecurringSeriesInput>;

export const OccurrenceDateParam = IsoDate;

export const RecurringOccurrence = z.object({
  on: z.string().describe('Scheduled date YYYY-MM-DD'),
  status: z.enum(['generated', 'skipped', 'deleted']),
  expenseId: z.uuid().nullable(),
});
export type RecurringOccurrence = z.infer<typeof RecurringOccurrence>;

export const RecurringSeries = z.object({
  id: z.uuid(),
  amountMinor: z.number().int(),
  currency: z.string(),
  description: z.string(),
  merchant: z.string().nullable(),
  note: z.string().nullable(),
  tags: z.array(z.string()),
  categoryId: z.uuid().nullable(),
  schedule: z.object({
    kind: z.enum(['days', 'weeks', 'monthly', 'monthlyLastDay', 'monthlyWeekday', 'yearly']),
    every: z.number().int(),
    day: z.number().int().optional(),
    weekday: z.number().int().optional(),
    week: z.number().int().optional(),
  }),
  startOn: z.string(),
  endOn: z.string().nullable(),
  count: z.number().int().nullable(),
  paused: z.boolean(),
  nextOn: z.string().nullable().describe('Next date not yet generated, or null when the series has ended'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type RecurringSeries = z.infer<typeof RecurringSeries>;

export const RecurringSeriesList = z.object({ items: z.array(RecurringSeries) });
export type RecurringSeriesList = z.infer<typeof RecurringSeriesList>;

export const RecurringSeriesDetail = RecurringSeries.extend({
  occurrences: z
    .array(RecurringOccurrence)
    .describe('Every date with a record (generated, skipped, deleted)'),
});
export type RecurringSeriesDetail = z.infer<typeof RecurringSeriesDetail>;

/** Suggestion keys are SHA-256 hex digests of what identifies the repeated expense. */
export const RecurringSuggestionKey = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { message: 'must be a suggestion key (64 hexadecimal characters)' });

/**
 * A series the person's history suggests: the same merchant (or description) and amount, in the same currency, on a
 * steady monthly or weekly rhythm up to lately. Accepting it is creating the series (POST /recurring) from these
 * fields; dismissing it hides it for good.
 */
export const RecurringSuggestion = z.object({
  key: z.string().describe('Identifies this suggestion, for dismissing it'),
  description: z.string(),
  merchant: z.string().nullable(),
  amountMinor: z.number().int(),
  currency: z.string(),
  categoryId: z.uuid().nullable().describe('The category of the latest of these expenses'),
  schedule: RecurringSeries.shape.schedule,
  startOn: z
    .string()
    .describe('The first date the suggested series would occur on: the next one, not before today'),
  seen: z.number().int().describe('How many expenses in a row follow the rhythm'),
  firstOn: z.string().describe('The first of them'),
  lastOn: z.string().describe('The latest of them'),
});
export type RecurringSuggestion = z.infer<typeof RecurringSuggestion>;

export const RecurringSuggestionList = z.object({ items: z.array(RecurringSuggestion) });
export type RecurringSuggestionList = z.infer<typeof RecurringSuggestionList>;
