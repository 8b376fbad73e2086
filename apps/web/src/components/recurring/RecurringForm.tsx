'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Category, CreateRecurringSeries } from '@spendwise/contracts';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';
import {
  API_FIELD_TO_FORM_FIELD,
  RECURRING_FORM_FIELDS,
  recurringFormSchema,
  toRecurringInput,
  weekdayOf,
  type RecurringFormOutput,
  type RecurringFormValues,
} from '@/lib/forms/recurring-form';
import { showApiError } from '@/lib/forms/show-api-error';
import { amountReading } from '@/lib/money';
import styles from './Recurring.module.css';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export interface RecurringFormProps {
  currency: string;
  locale: string;
  /** Today in the person's time zone: the first date a new series starts on unless changed. */
  today: string;
  categories: Category[];
  /** Creates the series; a rejection (e.g. an ApiError) is shown in the form, and the typed values stay. */
  onSubmit: (input: CreateRecurringSeries) => Promise<unknown>;
  /** Values to start from instead of an empty form (an expense made recurring: `recurringValuesFrom`). */
  initial?: Partial<RecurringFormValues>;
}

export function RecurringForm({
  currency,
  locale,
  today,
  categories,
  onSubmit,
  initial,
}: RecurringFormProps) {
  const schema = useMemo(() => recurringFormSchema(currency, locale), [currency, locale]);
  const emptyForm: RecurringFormValues = {
    amount: '',
    description: '',
    categoryId: '',
    merchant: '',
    note: '',
    tags: '',
    startOn: today,
    kind: 'monthly',
    every: '1',
    day: String(Number(today.slice(8))),
    ...weekdayOf(today),
    ends: 'never',
    endOn: '',
    count: '',
  };
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<RecurringFormValues, unknown, RecurringFormOutput>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: { ...emptyForm, ...initial },
  });
  const amountText = useWatch({ control, name: 'amount' });
  const kind = useWatch({ control, name: 'kind' });
  const ends = useWatch({ control, name: 'ends' });
  const unit = { days: 'days', weeks: 'weeks', yearly: 'years' }[kind as string] ?? 'months';

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(toRecurringInput(values));
      reset(emptyForm);
    } catch (error) {
      showApiError(error, setError, RECURRING_FORM_FIELDS, API_FIELD_TO_FORM_FIELD);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Add recurring expense">
      {errors.root?.server && <Alert tone="error">{errors.root.server.message}</Alert>}
      <div className={styles.grid}>
        <Field
          id="recurring-amount"
          label={`Amount (${currency})`}
          error={errors.amount?.message}
          hint={<span aria-live="polite">{amountReading(amountText, currency, locale)}</span>}
        >
          {(a11y) => <input {...a11y} inputMode="decimal" autoComplete="off" {...register('amount')} />}
        </Field>
        <Field id="recurring-description" label="Description" error={errors.description?.message}>
          {(a11y) => <input {...a11y} autoComplete="off" {...register('description')} />}
        </Field>
      </div>
      <div className={styles.grid}>
        <Field id="recurring-category" label="Category" error={errors.categoryId?.message}>
          {(a11y) => (
            <select {...a11y} {...register('categoryId')}>
              <option value="">Uncategorised</option>
              {categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="recurring-merchant" label="Merchant (optional)" error={errors.merchant?.message}>
          {(a11y) => <input {...a11y} autoComplete="off" {...register('merchant')} />}
        </Field>
      </div>
      <div className={styles.grid}>
        <Field
          id="recurring-tags"
          label="Tags (optional)"
          error={errors.tags?.message}
          hint="Separate tags with commas"
        >
          {(a11y) => <input {...a11y} autoComplete="off" {...register('tags')} />}
        </Field>
        <Field id="recurring-note" label="Note (optional)" error={errors.note?.message}>
          {(a11y) => <input {...a11y} autoComplete="off" {...register('note')} />}
        </Field>
      </div>
      <div className={styles.grid}>
        <Field
          id="recurring-start"
          label="First date"
          error={errors.startOn?.message}
          hint="Dates up to today are recorded as expenses at once"
        >
          {(a11y) => <input {...a11y} type="date" {...register('startOn')} />}
        </Field>
      </div>
      <div className={styles.grid}>
        <Field id="recurring-kind" label="Repeats" error={errors.kind?.message}>
          {(a11y) => (
            <select {...a11y} {...register('kind')}>
              <option value="monthly">Monthly on a day</option>
              <option value="monthlyLastDay">Monthly on the last day</option>
              <option value="monthlyWeekday">Monthly on a weekday</option>
              <option value="weeks">Every few weeks</option>
              <option value="days">Every few days</option>
              <option value="yearly">Yearly</option>
            </select>
          )}
        </Field>
        <Field id="recurring-every" label={`Every how many ${unit}`} error={errors.every?.message}>
          {(a11y) => <input {...a11y} inputMode="numeric" autoComplete="off" {...register('every')} />}
        </Field>
      </div>
      {kind === 'monthly' && (
        <Field
          id="recurring-day"
          label="Day of the month"
          error={errors.day?.message}
          hint="In a shorter month, its last day"
        >
          {(a11y) => <input {...a11y} inputMode="numeric" autoComplete="off" {...register('day')} />}
        </Field>
      )}
      {kind === 'monthlyWeekday' && (
        <div className={styles.grid}>
          <Field id="recurring-week" label="Which one" error={errors.week?.message}>
            {(a11y) => (
              <select {...a11y} {...register('week')}>
                <option value="1">First</option>
                <option value="2">Second</option>
                <option value="3">Third</option>
                <option value="4">Fourth</option>
                <option value="-1">Last</option>
              </select>
            )}
          </Field>
          <Field id="recurring-weekday" label="Weekday" error={errors.weekday?.message}>
            {(a11y) => (
              <select {...a11y} {...register('weekday')}>
                {WEEKDAYS.map((name, index) => (
                  <option key={name} value={String(index + 1)}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
      <div className={styles.grid}>
        <Field id="recurring-ends" label="Ends" error={errors.ends?.message}>
          {(a11y) => (
            <select {...a11y} {...register('ends')}>
              <option value="never">When I end it</option>
              <option value="on">On a date</option>
              <option value="after">After a number of times</option>
            </select>
          )}
        </Field>
        {ends === 'on' && (
          <Field id="recurring-end" label="Last date" error={errors.endOn?.message}>
            {(a11y) => <input {...a11y} type="date" {...register('endOn')} />}
          </Field>
        )}
        {ends === 'after' && (
          <Field
            id="recurring-count"
            label="How many times"
            error={errors.count?.message}
            hint="Counting the first date"
          >
            {(a11y) => <input {...a11y} inputMode="numeric" autoComplete="off" {...register('count')} />}
          </Field>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Add recurring expense'}
        </button>
      </div>
    </form>
  );
}
