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
  type RecurringFormOutput,
  type RecurringFormValues,
} from '@/lib/forms/recurring-form';
import { showApiError } from '@/lib/forms/show-api-error';
import { amountReading } from '@/lib/money';
import styles from './Recurring.module.css';

export interface RecurringFormProps {
  currency: string;
  locale: string;
  /** Today in the person's time zone: the first date a new series starts on unless changed. */
  today: string;
  categories: Category[];
  /** Creates the series; a rejection (e.g. an ApiError) is shown in the form, and the typed values stay. */
  onSubmit: (input: CreateRecurringSeries) => Promise<unknown>;
}

export function RecurringForm({ currency, locale, today, categories, onSubmit }: RecurringFormProps) {
  const schema = useMemo(() => recurringFormSchema(currency, locale), [currency, locale]);
  const emptyForm: RecurringFormValues = {
    amount: '',
    description: '',
    categoryId: '',
    startOn: today,
    kind: 'monthly',
    every: '1',
    day: String(Number(today.slice(8))),
    endOn: '',
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
    defaultValues: emptyForm,
  });
  const amountText = useWatch({ control, name: 'amount' });
  const kind = useWatch({ control, name: 'kind' });

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
              <option value="weeks">Every few weeks</option>
            </select>
          )}
        </Field>
        <Field
          id="recurring-every"
          label={kind === 'weeks' ? 'Every how many weeks' : 'Every how many months'}
          error={errors.every?.message}
        >
          {(a11y) => <input {...a11y} inputMode="numeric" autoComplete="off" {...register('every')} />}
        </Field>
      </div>
      <div className={styles.grid}>
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
        <Field
          id="recurring-end"
          label="Last date (optional)"
          error={errors.endOn?.message}
          hint="Leave empty to repeat until you end it"
        >
          {(a11y) => <input {...a11y} type="date" {...register('endOn')} />}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Add recurring expense'}
        </button>
      </div>
    </form>
  );
}
