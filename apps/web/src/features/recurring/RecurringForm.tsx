'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Category, CreateRecurringSeries, RecurringSuggestion } from '@spendwise/contracts';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';
import {
  API_FIELD_TO_FORM_FIELD,
  RECURRING_FORM_FIELDS,
  recurringFormSchema,
  recurringValuesFromSuggestion,
  toRecurringInput,
  weekdayOf,
  type RecurringFormOutput,
  type RecurringFormValues,
} from '@/features/recurring/recurring-form';
import { useShowApiError } from '@/lib/forms/show-api-error';
import { useAmountReading, useDescribeRefusal } from '@/lib/money';
import styles from './Recurring.module.css';
import { ScheduleFields } from './ScheduleFields';

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
  /** A suggestion accepted: the form starts from its amount, wording and rhythm (when no `initial` is given). */
  fromSuggestion?: RecurringSuggestion;
  /** Keeps the fields' ids apart when a second form is on the page (the suggestion dialog over the add form). */
  idPrefix?: string;
}

export function RecurringForm({
  currency,
  locale,
  today,
  categories,
  onSubmit,
  initial,
  fromSuggestion,
  idPrefix = 'recurring',
}: RecurringFormProps) {
  const showApiError = useShowApiError();
  const amountReading = useAmountReading();
  const describeRefusal = useDescribeRefusal();
  const t = useTranslations('recurring.form');
  const tErrors = useTranslations('recurring.errors');
  const tForm = useTranslations('expenseForm');
  const tCommon = useTranslations('common');
  const schema = useMemo(
    () => recurringFormSchema(currency, locale, tErrors, describeRefusal),
    [currency, locale, tErrors, describeRefusal],
  );
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
  const form = useForm<RecurringFormValues, unknown, RecurringFormOutput>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: {
      ...emptyForm,
      ...(initial ?? (fromSuggestion && recurringValuesFromSuggestion(fromSuggestion, locale))),
    },
  });
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const amountText = useWatch({ control, name: 'amount' });
  const ends = useWatch({ control, name: 'ends' });

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(toRecurringInput(values, currency));
      reset(emptyForm);
    } catch (error) {
      showApiError(error, setError, RECURRING_FORM_FIELDS, API_FIELD_TO_FORM_FIELD);
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label={t('label')}>
        {errors.root?.server && <Alert tone="error">{errors.root.server.message}</Alert>}
        <div className={styles.grid}>
          <Field
            id={`${idPrefix}-amount`}
            label={tForm('amount', { currency })}
            error={errors.amount?.message}
            hint={<span aria-live="polite">{amountReading(amountText, currency, locale)}</span>}
          >
            {(a11y) => <input {...a11y} inputMode="decimal" autoComplete="off" {...register('amount')} />}
          </Field>
          <Field
            id={`${idPrefix}-description`}
            label={tForm('description')}
            error={errors.description?.message}
          >
            {(a11y) => <input {...a11y} autoComplete="off" {...register('description')} />}
          </Field>
        </div>
        <div className={styles.grid}>
          <Field id={`${idPrefix}-category`} label={tForm('category')} error={errors.categoryId?.message}>
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
          <Field id={`${idPrefix}-merchant`} label={tForm('merchant')} error={errors.merchant?.message}>
            {(a11y) => <input {...a11y} autoComplete="off" {...register('merchant')} />}
          </Field>
        </div>
        <div className={styles.grid}>
          <Field
            id={`${idPrefix}-tags`}
            label={tForm('tags')}
            error={errors.tags?.message}
            hint={tForm('tagsHint')}
          >
            {(a11y) => <input {...a11y} autoComplete="off" {...register('tags')} />}
          </Field>
          <Field id={`${idPrefix}-note`} label={tForm('note')} error={errors.note?.message}>
            {(a11y) => <input {...a11y} autoComplete="off" {...register('note')} />}
          </Field>
        </div>
        <div className={styles.grid}>
          <Field
            id={`${idPrefix}-start`}
            label={t('firstDate')}
            error={errors.startOn?.message}
            hint={t('firstDateHint')}
          >
            {(a11y) => <input {...a11y} type="date" {...register('startOn')} />}
          </Field>
        </div>
        <ScheduleFields idPrefix={idPrefix} />
        <div className={styles.grid}>
          <Field id={`${idPrefix}-ends`} label={t('ends')} error={errors.ends?.message}>
            {(a11y) => (
              <select {...a11y} {...register('ends')}>
                <option value="never">{t('endsNever')}</option>
                <option value="on">{t('endsOn')}</option>
                <option value="after">{t('endsAfter')}</option>
              </select>
            )}
          </Field>
          {ends === 'on' && (
            <Field id={`${idPrefix}-end`} label={t('lastDate')} error={errors.endOn?.message}>
              {(a11y) => <input {...a11y} type="date" {...register('endOn')} />}
            </Field>
          )}
          {ends === 'after' && (
            <Field
              id={`${idPrefix}-count`}
              label={t('count')}
              error={errors.count?.message}
              hint={t('countHint')}
            >
              {(a11y) => <input {...a11y} inputMode="numeric" autoComplete="off" {...register('count')} />}
            </Field>
          )}
        </div>
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
            {isSubmitting ? tCommon('saving') : t('submit')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
