/**
 * The form that creates a recurring series, built from the shared contract: the amount typed as a decimal in the
 * person's currency (the same parser as an expense's), the schedule as a few plain fields.
 */
// First: zod must be jitless before any schema (these or @spendwise/contracts') is built.
import '@/lib/zod-without-eval';
import {
  CreateRecurringSeriesInput,
  IsoDate,
  RECURRING_COUNT_MAX,
  RECURRING_EVERY_MAX,
  type CreateRecurringSeries,
  type Expense,
  type RecurringSuggestion,
} from '@spendwise/contracts';
import { addDays, nextOccurrence } from '@spendwise/contracts/schedule';
import { z } from 'zod';
import { amountField, categoryIdField, tagsField } from '@/lib/forms/fields';
import type { Translate } from '@/i18n/translate';
import { amountInputValue, type DescribeRefusal } from '@/lib/money';

const shape = CreateRecurringSeriesInput.shape;

/** Every schedule the API knows, in the order the form offers them. */
export const FORM_SCHEDULE_KINDS = [
  'monthly',
  'monthlyLastDay',
  'monthlyWeekday',
  'weeks',
  'days',
  'yearly',
] as const;

/** How a series stops: never (until ended by hand), after a last date, or after a number of times. */
export const FORM_END_KINDS = ['never', 'on', 'after'] as const;

const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .transform((text) => (text === '' ? Number.NaN : Number(text)))
    .pipe(z.number({ message }).int({ message }).min(min, { message }).max(max, { message }));

/**
 * What the series spends: shared by the create and the edit form. `t`: the `recurring.errors` messages (for what
 * only the forms check; the contract's own limits speak English); `describe` words the amount parser's refusals.
 */
export const spendingFields = (
  currency: string,
  locale: string,
  t: Translate,
  describe: DescribeRefusal,
) => ({
  amount: amountField(currency, locale, describe),
  description: z
    .string()
    .trim()
    .min(1, { message: t('describe') })
    .pipe(shape.description),
  categoryId: categoryIdField(),
  merchant: shape.merchant,
  note: shape.note,
  tags: tagsField(shape.tags.unwrap()),
});

/** How often it repeats (ScheduleFields): shared by the create form and the edit form's new schedule. */
export const scheduleFields = (t: Translate) => ({
  kind: z.enum(FORM_SCHEDULE_KINDS, { message: t('pickHowOften') }),
  every: wholeNumber(1, RECURRING_EVERY_MAX, t('everyRange', { max: RECURRING_EVERY_MAX })),
  // Read only for the kinds that use them; the others ignore what they hold.
  day: z.string(),
  weekday: z.string(),
  week: z.string(),
});

type ScheduleShape = ReturnType<typeof scheduleFields>;
export type ScheduleFormValues = { [K in keyof ScheduleShape]: z.input<ScheduleShape[K]> };

/** The day of a monthly schedule is read only for that kind: checked here rather than by its field. */
export function checkScheduleDay(
  values: { kind: string; day: string },
  ctx: z.RefinementCtx,
  t: Translate,
): void {
  if (values.kind !== 'monthly') return;
  const result = wholeNumber(1, 31, t('dayRange')).safeParse(values.day);
  if (!result.success)
    ctx.addIssue({ code: 'custom', path: ['day'], message: result.error.issues[0]!.message });
}

/** The schedule the API takes, from the schedule fields. */
export function toSchedule(values: {
  kind: (typeof FORM_SCHEDULE_KINDS)[number];
  every: number;
  day: string;
  weekday: string;
  week: string;
}): CreateRecurringSeries['schedule'] {
  const { kind, every } = values;
  if (kind === 'monthly') return { kind, every, day: Number(values.day.trim()) };
  if (kind === 'monthlyWeekday') {
    return { kind, every, weekday: Number(values.weekday), week: Number(values.week) as 1 | 2 | 3 | 4 | -1 };
  }
  return { kind, every };
}

export function recurringFormSchema(
  currency: string,
  locale: string,
  t: Translate,
  describe: DescribeRefusal,
) {
  return z
    .object({
      ...spendingFields(currency, locale, t, describe),
      startOn: z
        .string()
        .min(1, { message: t('pickFirstDate') })
        .pipe(IsoDate),
      ...scheduleFields(t),
      ends: z.enum(FORM_END_KINDS, { message: t('pickWhenItStops') }),
      endOn: z.string(),
      count: z.string(),
    })
    .superRefine((values, ctx) => {
      checkScheduleDay(values, ctx, t);
      const check = (field: 'count', schema: z.ZodType) => {
        const result = schema.safeParse(values[field]);
        if (!result.success)
          ctx.addIssue({ code: 'custom', path: [field], message: result.error.issues[0]!.message });
      };
      if (values.ends === 'after') {
        check('count', wholeNumber(1, RECURRING_COUNT_MAX, t('countRange', { max: RECURRING_COUNT_MAX })));
      }
      if (values.ends === 'on') {
        if (!IsoDate.safeParse(values.endOn).success) {
          ctx.addIssue({ code: 'custom', path: ['endOn'], message: t('pickLastDate') });
        } else if (values.endOn < values.startOn) {
          ctx.addIssue({ code: 'custom', path: ['endOn'], message: t('endBeforeStart') });
        }
      }
    });
}

export type RecurringFormValues = z.input<ReturnType<typeof recurringFormSchema>>;
export type RecurringFormOutput = z.output<ReturnType<typeof recurringFormSchema>>;

/** The form's fields, for mapping the API's field errors back onto them. */
export const RECURRING_FORM_FIELDS = [
  'amount',
  'description',
  'categoryId',
  'merchant',
  'note',
  'tags',
  'startOn',
  'kind',
  'every',
  'day',
  'weekday',
  'week',
  'ends',
  'endOn',
  'count',
] as const;
// The API names schedule issues `schedule.<field>`; only the first part is matched, so they show above the form.
export const API_FIELD_TO_FORM_FIELD = { amountMinor: 'amount' } as const;

/** The request body for POST /recurring: a series in `currency`, the one the amount was typed in. */
export function toRecurringInput(values: RecurringFormOutput, currency: string): CreateRecurringSeries {
  return {
    currency,
    amountMinor: values.amount,
    description: values.description,
    categoryId: values.categoryId,
    merchant: values.merchant ?? null,
    note: values.note ?? null,
    tags: values.tags,
    schedule: toSchedule(values),
    startOn: values.startOn,
    endOn: values.ends === 'on' ? values.endOn : null,
    count: values.ends === 'after' ? Number(values.count.trim()) : null,
  };
}

/** Weekday and week of the month of a date, for "monthly on the Nth weekday" starting from it. */
export function weekdayOf(date: string): { weekday: string; week: string } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const isoWeekday = ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
  const week = Math.ceil(day / 7);
  return { weekday: String(isoWeekday), week: String(week > 4 ? -1 : week) };
}

/**
 * The form filled from an expense ("Make recurring"): its description, category, merchant, note and tags, monthly on
 * its day, starting with the first such day after the expense that is not before today (so the expense is not
 * recorded twice, and an old one does not backfill months). The amount as the expense has it: the series is
 * created in the expense's currency (a subscription billed in euros repeats in euros).
 */
export function recurringValuesFrom(
  expense: Expense,
  { locale, today }: { locale: string; today: string },
): Partial<RecurringFormValues> {
  const day = Number(expense.occurredOn.slice(8));
  const after = addDays(expense.occurredOn, 1);
  const startOn = nextOccurrence(
    { schedule: { kind: 'monthly', every: 1, day }, startOn: expense.occurredOn, endOn: null, count: null },
    after > today ? after : today,
  )!;
  return {
    amount: amountInputValue(expense.amountMinor, expense.currency, locale),
    description: expense.description,
    categoryId: expense.categoryId ?? '',
    merchant: expense.merchant ?? '',
    note: expense.note ?? '',
    tags: expense.tags.join(', '),
    kind: 'monthly',
    every: '1',
    day: String(day),
    startOn,
    ...weekdayOf(startOn),
  };
}

/**
 * The form filled from a suggested series (GET /recurring/suggestions): its wording, amount and currency, category
 * and schedule, starting on the next date of its rhythm (never one already recorded).
 */
export function recurringValuesFromSuggestion(
  suggestion: RecurringSuggestion,
  locale: string,
): Partial<RecurringFormValues> {
  const { schedule } = suggestion;
  return {
    amount: amountInputValue(suggestion.amountMinor, suggestion.currency, locale),
    description: suggestion.description,
    categoryId: suggestion.categoryId ?? '',
    merchant: suggestion.merchant ?? '',
    kind: schedule.kind,
    every: String(schedule.every),
    day: String(schedule.day ?? Number(suggestion.startOn.slice(8))),
    startOn: suggestion.startOn,
    ...weekdayOf(suggestion.startOn),
  };
}
