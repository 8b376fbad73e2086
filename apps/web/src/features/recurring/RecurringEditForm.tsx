'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Category, RecurringSeries, UpdateRecurringSeriesInput } from '@spendwise/contracts';
import { useTranslations } from 'next-intl';
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
} from '@/features/recurring/recurring-edit-form';
import { useShowApiError } from '@/lib/forms/show-api-error';
import { useAmountReading, useDescribeRefusal } from '@/lib/money';
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
  const describeRefusal = useDescribeRefusal();
  const t = useTranslations('recurring.editForm');
  const tErrors = useTranslations('recurring.errors');
  const tRecurring = useTranslations('recurring');
  const tForm = useTranslations('expenseForm');
  const tCommon = useTranslations('common');
  const schema = useMemo(
    () => recurringEditSchema(series.currency, locale, tErrors, describeRefusal),
    [series.currency, locale, tErrors, describeRefusal],
  );
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
  const onDate = /^\d{4}-\d{2}-\d{2}$/.test(on) ? dayLabel(on, locale) : undefined;

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(toRecurringUpdate(values, series));
    } catch (error) {
      showApiError(error, setError, RECURRING_EDIT_FIELDS, EDIT_API_FIELD_TO_FORM_FIELD);
    }
  });

  return (
    <FormProvider {...form}>
      <form
        onSubmit={submit}
        noValidate
        aria-label={tRecurring('editNamed', { description: series.description })}
      >
        {errors.root?.server && <Alert tone="error">{errors.root.server.message}</Alert>}
        <fieldset className={styles.scopes}>
          <legend>{t('change')}</legend>
          <label>
            <input type="radio" value="occurrence" {...register('scope')} />{' '}
            {onDate ? t('onlyOne', { date: onDate }) : t('onlyOneNoDate')}
          </label>
          <label>
            <input type="radio" value="future" {...register('scope')} />{' '}
            {onDate ? t('future', { date: onDate }) : t('futureNoDate')}
          </label>
          <label>
            <input type="radio" value="series" {...register('scope')} /> {t('series')}
          </label>
        </fieldset>
        {scope !== 'series' && (
          <Field
            id="recurring-edit-on"
            label={changeSchedule && scope === 'future' ? t('from') : t('occurrence')}
            error={errors.on?.message}
            hint={changeSchedule && scope === 'future' ? t('fromHint') : t('occurrenceHint')}
          >
            {(a11y) => <input {...a11y} type="date" {...register('on')} />}
          </Field>
        )}
        <div className={styles.grid}>
          <Field
            id="recurring-edit-amount"
            label={tForm('amount', { currency: series.currency })}
            error={errors.amount?.message}
            hint={<span aria-live="polite">{amountReading(amountText, series.currency, locale)}</span>}
          >
            {(a11y) => <input {...a11y} inputMode="decimal" autoComplete="off" {...register('amount')} />}
          </Field>
          <Field
            id="recurring-edit-description"
            label={tForm('description')}
            error={errors.description?.message}
          >
            {(a11y) => <input {...a11y} autoComplete="off" {...register('description')} />}
          </Field>
        </div>
        <Field id="recurring-edit-category" label={tForm('category')} error={errors.categoryId?.message}>
          {(a11y) => (
            <select {...a11y} {...register('categoryId')}>
              <option value="">{tForm('uncategorised')}</option>
              {categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className={styles.grid}>
          <Field id="recurring-edit-merchant" label={tForm('merchant')} error={errors.merchant?.message}>
            {(a11y) => <input {...a11y} autoComplete="off" {...register('merchant')} />}
          </Field>
          <Field
            id="recurring-edit-tags"
            label={tForm('tags')}
            error={errors.tags?.message}
            hint={tForm('tagsHint')}
          >
            {(a11y) => <input {...a11y} autoComplete="off" {...register('tags')} />}
          </Field>
        </div>
        <Field id="recurring-edit-note" label={tForm('note')} error={errors.note?.message}>
          {(a11y) => <input {...a11y} autoComplete="off" {...register('note')} />}
        </Field>
        <Field
          id="recurring-edit-change-schedule"
          label={t('changeSchedule')}
          error={errors.changeSchedule?.message}
          hint={t('changeScheduleHint')}
        >
          {(a11y) => <input {...a11y} type="checkbox" {...register('changeSchedule')} />}
        </Field>
        {changeSchedule && <ScheduleFields idPrefix="recurring-edit" />}
        <div className="actions">
          <button type="button" className="btn" onClick={onCancel}>
            {tCommon('cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
            {isSubmitting ? tCommon('saving') : tForm('saveChanges')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
