/**
 * The form that creates a recurring series, built from the shared contract: the amount typed as a decimal in the
 * person's currency (the same parser as an expense's), the schedule as a few plain fields.
 */
// First: zod must be jitless before any schema (these or @spendwise/contracts') is built.
import '@/lib/zod-without-eval';
import {
  CreateRecurringSeriesInput,
  IsoDate,
  RECURRING_EVERY_MAX,
  Uuid,
  type CreateRecurringSeries,
} from '@spendwise/contracts';
import { z } from 'zod';
import { parseAmountInput } from '@/lib/money';

const shape = CreateRecurringSeriesInput.shape;

/** The schedules the form offers (the API knows more; the page shows every one of them in words). */
export const FORM_SCHEDULE_KINDS = ['monthly', 'monthlyLastDay', 'weeks'] as const;

const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .transform((text) => (text === '' ? Number.NaN : Number(text)))
    .pipe(z.number({ message }).int({ message }).min(min, { message }).max(max, { message }));

export function recurringFormSchema(currency: string, locale: string) {
  return z
    .object({
      amount: z.string().transform((text, ctx) => {
        const parsed = parseAmountInput(text, currency, locale);
        if (!parsed.ok) {
          ctx.addIssue({ code: 'custom', message: parsed.reason });
          return z.NEVER;
        }
        return parsed.minor;
      }),
      description: z.string().trim().min(1, { message: 'Describe the expense' }).pipe(shape.description),
      categoryId: z
        .string()
        .transform((id) => (id === '' ? null : id))
        .pipe(Uuid.nullable()),
      startOn: z.string().min(1, { message: 'Pick the first date' }).pipe(IsoDate),
      kind: z.enum(FORM_SCHEDULE_KINDS, { message: 'Pick how often' }),
      every: wholeNumber(1, RECURRING_EVERY_MAX, `Enter a whole number from 1 to ${RECURRING_EVERY_MAX}`),
      // Read only for "monthly on a day"; the other kinds ignore what it holds.
      day: z.string(),
      endOn: z
        .string()
        .transform((text) => (text === '' ? null : text))
        .pipe(IsoDate.nullable()),
    })
    .superRefine((values, ctx) => {
      if (values.kind === 'monthly') {
        const day = wholeNumber(1, 31, 'Enter a day from 1 to 31').safeParse(values.day);
        if (!day.success)
          ctx.addIssue({ code: 'custom', path: ['day'], message: day.error.issues[0]!.message });
      }
      if (values.endOn !== null && values.endOn < values.startOn) {
        ctx.addIssue({ code: 'custom', path: ['endOn'], message: 'Pick a date on or after the first date' });
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
  'startOn',
  'kind',
  'every',
  'day',
  'endOn',
] as const;
// The API names schedule issues `schedule.<field>`; only the first part is matched, so they show above the form.
export const API_FIELD_TO_FORM_FIELD = { amountMinor: 'amount' } as const;

/** The request body for POST /recurring. */
export function toRecurringInput(values: RecurringFormOutput): CreateRecurringSeries {
  const schedule: CreateRecurringSeries['schedule'] =
    values.kind === 'monthly'
      ? { kind: 'monthly', every: values.every, day: Number(values.day.trim()) }
      : { kind: values.kind, every: values.every };
  return {
    amountMinor: values.amount,
    description: values.description,
    categoryId: values.categoryId,
    schedule,
    startOn: values.startOn,
    endOn: values.endOn,
  };
}
