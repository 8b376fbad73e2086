'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Category, RecurringSeries, UpdateRecurringSeriesInput } from '@spendwise/contracts';
import { useMemo } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';
import { dayLabel } from '@/lib/dates';
import {
  EDIT_API_FIELD_TO_FORM_FIELD,
  RECURRING_EDIT_FIELDS,
  editValuesFor,
  recurringEditSchema,
  toRecurringUpdate,
  type RecurringEditOutput,
  type RecurringEditValues,
} from '@/lib/forms/recurring-edit-form';
import { useShowApiError } from '@/lib/forms/show-api-error';
import { useAmountReading } from '@/lib/money';
import styles from './Recurring.module.css';
import { ScheduleFields } from './ScheduleFields';

export interface RecurringEditFormProps {
  series: RecurringSeries;
  locale: string;
  categories: Category[];
  /** Saves the change; a rejection (e.g. a 409 for a date not recorded yet) is shown in the form. */
  onSubmit: (input: UpdateRecurringSeriesInput) => Promise<unknown>;
  onCancel: () => void;
}

/** What changes, and from when: one occurrence, this and the ones after it, or every one (past expenses too). */
export function RecurringEditForm({
  series,
  locale,
  categories,
  onSubmit,
  onCancel,
}: RecurringEditFormProps) {
  const showApiError = useShowApiError();
  const amountReading = useAmountReading();
  const schema = useMemo(() => recurringEditSchema(series.currency, locale), [series.currency, locale]);
  const form = useForm<RecurringEditValues, unknown, RecurringEditOutput>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: editValuesFor(series, locale),
  });
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const amountText = useWatch({ control, name: 'amount' });
  const scope = useWatch({ control, name: 'scope' });
  const on = useWatch({ control, name: 'on' });
  const changeSchedule = useWatch({ control, name: 'changeSchedule' });
  const onLabel = /^\d{4}-\d{2}-\d{2}$/.test(on) ? dayLabel(on, locale) : 'the date below';

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(toRecurringUpdate(values, series));
    } catch (error) {
      showApiError(error, setError, RECURRING_EDIT_FIELDS, EDIT_API_FIELD_TO_FORM_FIELD);
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label={`Edit ${series.description}`}>
        {errors.root?.server && <Alert tone="error">{errors.root.server.message}</Alert>}
        <fieldset className={styles.scopes}>
          <legend>Change</legend>
          <label>
            <input type="radio" value="occurrence" {...register('scope')} /> Only the one on {onLabel}
          </label>
          <label>
            <input type="radio" value="future" {...register('scope')} /> The one on {onLabel} and every one
            after
          </label>
          <label>
            <input type="radio" value="series" {...register('scope')} /> Every one, including the expenses
            already recorded
          </label>
        </fieldset>
        {scope !== 'series' && (
          <Field
            id="recurring-edit-on"
            label={changeSchedule && scope === 'future' ? 'From' : 'Occurrence date'}
            error={errors.on?.message}
            hint={
              changeSchedule && scope === 'future'
                ? 'The new schedule starts on this date, after the latest expense'
                : 'A date this series falls on'
            }
          >
            {(a11y) => <input {...a11y} type="date" {...register('on')} />}
          </Field>
        )}
        <div className={styles.grid}>
          <Field
            id="recurring-edit-amount"
            label={`Amount (${series.currency})`}
            error={errors.amount?.message}
            hint={<span aria-live="polite">{amountReading(amountText, series.currency, locale)}</span>}
          >
            {(a11y) => <input {...a11y} inputMode="decimal" autoComplete="off" {...register('amount')} />}
          </Field>
          <Field id="recurring-edit-description" label="Description" error={errors.description?.message}>
            {(a11y) => <input {...a11y} autoComplete="off" {...register('description')} />}
          </Field>
        </div>
        <Field id="recurring-edit-category" label="Category" error={errors.categoryId?.message}>
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
        <div className={styles.grid}>
          <Field id="recurring-edit-merchant" label="Merchant (optional)" error={errors.merchant?.message}>
            {(a11y) => <input {...a11y} autoComplete="off" {...register('merchant')} />}
          </Field>
          <Field
            id="recurring-edit-tags"
            label="Tags (optional)"
            error={errors.tags?.message}
            hint="Separate tags with commas"
          >
            {(a11y) => <input {...a11y} autoComplete="off" {...register('tags')} />}
          </Field>
        </div>
        <Field id="recurring-edit-note" label="Note (optional)" error={errors.note?.message}>
          {(a11y) => <input {...a11y} autoComplete="off" {...register('note')} />}
        </Field>
        <Field
          id="recurring-edit-change-schedule"
          label="Change the schedule"
          error={errors.changeSchedule?.message}
          hint="Dates that are expenses already keep their day"
        >
          {(a11y) => <input {...a11y} type="checkbox" {...register('changeSchedule')} />}
        </Field>
        {changeSchedule && <ScheduleFields idPrefix="recurring-edit" />}
        <div className="actions">
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Save changes'}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
