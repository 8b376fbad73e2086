/**
 * The form that changes a recurring series, and from when — as a calendar asks: only one occurrence, this one and
 * the ones after it, or every one. What it spends, and (from a date on, or from the start before any expense) its
 * schedule. Built from the shared contract like the create form.
 */
// First: zod must be jitless before any schema (these or @spendwise/contracts') is built.
import '@/lib/zod-without-eval';
import { IsoDate, type RecurringSeries, type UpdateRecurringSeriesInput } from '@spendwise/contracts';
import { z } from 'zod';
import type { Translate } from '@/i18n/translate';
import { amountInputValue, type DescribeRefusal } from '@/lib/money';
import { checkScheduleDay, scheduleFields, spendingFields, toSchedule, weekdayOf } from './recurring-form';

export const EDIT_SCOPES = ['occurrence', 'future', 'series'] as const;
export type EditScope = (typeof EDIT_SCOPES)[number];

/** `t`: the `recurring.errors` messages; `describe` words the amount parser's refusals. */
export function recurringEditSchema(
  currency: string,
  locale: string,
  t: Translate,
  describe: DescribeRefusal,
) {
  return z
    .object({
      ...spendingFields(currency, locale, t, describe),
      scope: z.enum(EDIT_SCOPES, { message: t('pickScope') }),
      // Read for "only this one" and "this and future"; "every one" has no date.
      on: z.string(),
      changeSchedule: z.boolean(),
      ...scheduleFields(t),
    })
    .superRefine((values, ctx) => {
      if (values.scope !== 'series' && !IsoDate.safeParse(values.on).success) {
        ctx.addIssue({ code: 'custom', path: ['on'], message: t('pickOccurrence') });
      }
      if (!values.changeSchedule) return;
      if (values.scope === 'occurrence') {
        ctx.addIssue({
          code: 'custom',
          path: ['changeSchedule'],
          message: t('occurrenceKeepsSchedule'),
        });
      }
      checkScheduleDay(values, ctx, t);
    });
}

export type RecurringEditValues = z.input<ReturnType<typeof recurringEditSchema>>;
export type RecurringEditOutput = z.output<ReturnType<typeof recurringEditSchema>>;

export const RECURRING_EDIT_FIELDS = [
  'amount',
  'description',
  'categoryId',
  'merchant',
  'note',
  'tags',
  'scope',
  'on',
  'changeSchedule',
  'kind',
  'every',
  'day',
  'weekday',
  'week',
] as const;
// The API names a refused new schedule `schedule` (409: dates already expenses): shown beside the checkbox.
export const EDIT_API_FIELD_TO_FORM_FIELD = { amountMinor: 'amount', schedule: 'changeSchedule' } as const;

/** The form as it opens: the series as it is now, from its next date on (a calendar's usual choice). */
export function editValuesFor(series: RecurringSeries, locale: string): RecurringEditValues {
  const from = series.nextOn ?? series.startOn;
  const { schedule } = series;
  return {
    amount: amountInputValue(series.amountMinor, series.currency, locale),
    description: series.description,
    categoryId: series.categoryId ?? '',
    merchant: series.merchant ?? '',
    note: series.note ?? '',
    tags: series.tags.join(', '),
    scope: 'future',
    on: series.nextOn ?? '',
    changeSchedule: false,
    kind: schedule.kind,
    every: String(schedule.every),
    day: String(schedule.day ?? Number(from.slice(8))),
    ...(schedule.weekday !== undefined && schedule.week !== undefined
      ? { weekday: String(schedule.weekday), week: String(schedule.week) }
      : weekdayOf(from)),
  };
}

/**
 * The request body for PATCH /recurring/{id}. Amount, description and category as always; merchant, note and tags
 * only when changed, so "every one" does not overwrite what was edited on a single expense without need.
 */
export function toRecurringUpdate(
  values: RecurringEditOutput,
  series: RecurringSeries,
): UpdateRecurringSeriesInput {
  const sameTags =
    values.tags.length === series.tags.length && values.tags.every((tag, i) => tag === series.tags[i]);
  return {
    scope: values.scope,
    ...(values.scope !== 'series' && { on: values.on }),
    amountMinor: values.amount,
    description: values.description,
    categoryId: values.categoryId,
    ...((values.merchant ?? null) !== series.merchant && { merchant: values.merchant ?? null }),
    ...((values.note ?? null) !== series.note && { note: values.note ?? null }),
    ...(!sameTags && { tags: values.tags }),
    ...(values.changeSchedule && { schedule: toSchedule(values) }),
  };
}
