/**
 * The form that changes what a recurring series spends, and from when — as a calendar asks: only one occurrence,
 * this one and the ones after it, or every one. Built from the shared contract like the create form.
 */
// First: zod must be jitless before any schema (these or @spendwise/contracts') is built.
import '@/lib/zod-without-eval';
import {
  CreateRecurringSeriesInput,
  IsoDate,
  type RecurringSeries,
  type UpdateRecurringSeriesInput,
} from '@spendwise/contracts';
import { z } from 'zod';
import { amountField, categoryIdField } from './fields';
import { amountInputValue } from '@/lib/money';

const shape = CreateRecurringSeriesInput.shape;

export const EDIT_SCOPES = ['occurrence', 'future', 'series'] as const;
export type EditScope = (typeof EDIT_SCOPES)[number];

export function recurringEditSchema(currency: string, locale: string) {
  return z
    .object({
      amount: amountField(currency, locale),
      description: z.string().trim().min(1, { message: 'Describe the expense' }).pipe(shape.description),
      categoryId: categoryIdField(),
      scope: z.enum(EDIT_SCOPES, { message: 'Pick which occurrences change' }),
      // Read for "only this one" and "this and future"; "every one" has no date.
      on: z.string(),
    })
    .superRefine((values, ctx) => {
      if (values.scope !== 'series' && !IsoDate.safeParse(values.on).success) {
        ctx.addIssue({ code: 'custom', path: ['on'], message: 'Pick the date of an occurrence' });
      }
    });
}

export type RecurringEditValues = z.input<ReturnType<typeof recurringEditSchema>>;
export type RecurringEditOutput = z.output<ReturnType<typeof recurringEditSchema>>;

export const RECURRING_EDIT_FIELDS = ['amount', 'description', 'categoryId', 'scope', 'on'] as const;
export const EDIT_API_FIELD_TO_FORM_FIELD = { amountMinor: 'amount' } as const;

/** The form as it opens: the series as it is now, from its next date on (a calendar's usual choice). */
export function editValuesFor(series: RecurringSeries, locale: string): RecurringEditValues {
  return {
    amount: amountInputValue(series.amountMinor, series.currency, locale),
    description: series.description,
    categoryId: series.categoryId ?? '',
    scope: 'future',
    on: series.nextOn ?? '',
  };
}

/** The request body for PATCH /recurring/{id}. */
export function toRecurringUpdate(values: RecurringEditOutput): UpdateRecurringSeriesInput {
  return {
    scope: values.scope,
    ...(values.scope !== 'series' && { on: values.on }),
    amountMinor: values.amount,
    description: values.description,
    categoryId: values.categoryId,
  };
}
