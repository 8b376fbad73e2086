'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Category, CreateExpense, Expense } from '@spendwise/contracts';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Alert } from '@/components/ui/Alert';
import { Field } from '@/components/ui/Field';

import {
  API_FIELD_TO_FORM_FIELD,
  EXPENSE_FORM_FIELDS,
  expenseFormSchema,
  toExpenseInput,
  type ExpenseFormOutput,
  type ExpenseFormValues,
} from '@/features/expenses/expense-form';
import { useShowApiError } from '@/lib/forms/show-api-error';
import { dayLabel, implausibleDate, PLAUSIBLE_DAYS_AHEAD, PLAUSIBLE_YEARS_BACK } from '@/lib/dates';
import { amountInputValue, useAmountReading, useDescribeRefusal } from '@/lib/money';
import styles from './ExpenseForm.module.css';

export interface ExpenseFormProps {
  currency: string;
  locale: string;
  /** The day a new expense starts on (today in the person's time zone). */
  defaultDate: string;
  categories: Category[];
  /** The expense edited; or, with `duplicate`, the one a new expense starts as a copy of (dated defaultDate). */
  expense?: Expense;
  duplicate?: boolean;
  submitLabel: string;
  /**
   * Saves the expense; a rejection (e.g. an ApiError) is shown in the form, and the typed values stay. With
   * `another`, the person asked to add another right after: the form empties (keeping date and category) and
   * waits for it.
   */
  onSubmit: (input: CreateExpense, options: { another: boolean }) => Promise<unknown>;
  /** Offers "Save and add another" (adding only). */
  addAnother?: boolean;
  /** What the person had typed before (a restored draft): the form starts from it. */
  draftValues?: ExpenseFormValues | undefined;
  /** Called with the values as the person types (to keep a draft). */
  onValuesChange?: (values: ExpenseFormValues) => void;
  onCancel: () => void;
}

function initialValues(props: ExpenseFormProps): ExpenseFormValues {
  const { expense, currency, locale, defaultDate, duplicate, draftValues } = props;
  if (draftValues) return draftValues;
  // A copy of an expense in another currency would be recorded in this one: its amount is not carried over.
  const amount =
    expense && expense.currency === currency
      ? amountInputValue(Math.abs(expense.amountMinor), currency, locale)
      : '';
  return {
    kind: expense && expense.amountMinor < 0 ? 'refund' : 'expense',
    amount,
    occurredOn: (!duplicate && expense?.occurredOn) || defaultDate,
    description: expense?.description ?? '',
    merchant: expense?.merchant ?? '',
    note: expense?.note ?? '',
    tags: expense?.tags.join(', ') ?? '',
    categoryId: expense?.categoryId ?? '',
  };
}

const EMPTY_VALUES: ExpenseFormValues = {
  kind: 'expense',
  amount: '',
  occurredOn: '',
  description: '',
  merchant: '',
  note: '',
  tags: '',
  categoryId: '',
};

export function ExpenseForm(props: ExpenseFormProps) {
  const t = useTranslations('expenseForm');
  const tCommon = useTranslations('common');
  const showApiError = useShowApiError();
  const amountReading = useAmountReading();
  const describeRefusal = useDescribeRefusal();
  const {
    currency,
    locale,
    categories,
    submitLabel,
    onSubmit,
    onCancel,
    addAnother = false,
    defaultDate,
  } = props;
  const schema = useMemo(
    () => expenseFormSchema(currency, locale, t, describeRefusal),
    [currency, locale, t, describeRefusal],
  );
  const {
    register,
    handleSubmit,
    setError,
    reset,
    setFocus,
    getValues,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ExpenseFormValues, unknown, ExpenseFormOutput>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: initialValues(props),
  });
  const amountText = useWatch({ control, name: 'amount' });
  // The latest callback, so a new one each render does not count as a change of values.
  const onValuesChange = useRef(props.onValuesChange);
  useEffect(() => {
    onValuesChange.current = props.onValuesChange;
  });
  const allValues = useWatch({ control });
  useEffect(() => {
    onValuesChange.current?.(allValues as ExpenseFormValues);
  }, [allValues]);
  // Each "save and add another" starts a round; focus goes to the amount once the emptied form is on screen.
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (round > 0) setFocus('amount');
  }, [round, setFocus]);

  // A date far from today is asked about once (lib/dates.ts implausibleDate); confirming it saves as asked.
  const [dateToConfirm, setDateToConfirm] = useState<{ date: string; another: boolean } | null>(null);
  const [confirmedDate, setConfirmedDate] = useState<string | null>(null);
  const typedDate = useWatch({ control, name: 'occurredOn' });
  const slip =
    dateToConfirm && dateToConfirm.date === typedDate ? implausibleDate(typedDate, defaultDate) : null;

  const save = (another: boolean, confirmed: string | null = confirmedDate) =>
    handleSubmit(async (values) => {
      // An edit that leaves an old expense's date as it was is not asked about again.
      const unchanged = !props.duplicate && values.occurredOn === props.expense?.occurredOn;
      if (implausibleDate(values.occurredOn, defaultDate) && values.occurredOn !== confirmed && !unchanged) {
        setDateToConfirm({ date: values.occurredOn, another });
        setFocus('occurredOn');
        return;
      }
      setDateToConfirm(null);
      try {
        await onSubmit(toExpenseInput(values), { another });
      } catch (error) {
        showApiError(error, setError, EXPENSE_FORM_FIELDS, API_FIELD_TO_FORM_FIELD);
        return;
      }
      if (another) {
        // The next one is usually from the same day and often the same kind of spending.
        const typed = getValues();
        reset({ ...EMPTY_VALUES, occurredOn: typed.occurredOn, categoryId: typed.categoryId });
        setRound((round) => round + 1);
      }
    });
  const submit = save(false);

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      {errors.root?.server && <Alert tone="error">{errors.root.server.message}</Alert>}
      <fieldset className={styles.kind} aria-describedby="expense-kind-hint">
        <legend>{t('record')}</legend>
        <label>
          <input type="radio" value="expense" {...register('kind')} /> {t('spending')}
        </label>
        <label>
          <input type="radio" value="refund" {...register('kind')} /> {t('refund')}
        </label>
        <p id="expense-kind-hint" className={styles.kindHint}>
          {t('refundHint')}
        </p>
      </fieldset>
      <div className={styles.grid}>
        <Field
          id="expense-amount"
          label={t('amount', { currency })}
          error={errors.amount?.message}
          hint={<span aria-live="polite">{amountReading(amountText, currency, locale)}</span>}
        >
          {(a11y) => <input {...a11y} inputMode="decimal" autoComplete="off" {...register('amount')} />}
        </Field>
        <Field id="expense-date" label={t('date')} error={errors.occurredOn?.message}>
          {(a11y) => <input {...a11y} type="date" {...register('occurredOn')} />}
        </Field>
      </div>
      {slip && dateToConfirm && (
        <Alert tone="warning" title={t('rightDate')}>
          <p>
            {slip === 'ahead'
              ? t('aheadNote', { date: dayLabel(dateToConfirm.date, locale), days: PLAUSIBLE_DAYS_AHEAD })
              : t('behindNote', { date: dayLabel(dateToConfirm.date, locale), years: PLAUSIBLE_YEARS_BACK })}
          </p>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              setConfirmedDate(dateToConfirm.date);
              void save(dateToConfirm.another, dateToConfirm.date)();
            }}
          >
            {t('keepDate', { date: dayLabel(dateToConfirm.date, locale) })}
          </button>
        </Alert>
      )}
      <Field id="expense-description" label={t('description')} error={errors.description?.message}>
        {(a11y) => <input {...a11y} autoComplete="off" {...register('description')} />}
      </Field>
      <div className={styles.grid}>
        <Field id="expense-category" label={t('category')} error={errors.categoryId?.message}>
          {(a11y) => (
            <select {...a11y} {...register('categoryId')}>
              <option value="">{t('uncategorised')}</option>
              {categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="expense-merchant" label={t('merchant')} error={errors.merchant?.message}>
          {(a11y) => <input {...a11y} autoComplete="off" {...register('merchant')} />}
        </Field>
      </div>
      <Field id="expense-tags" label={t('tags')} error={errors.tags?.message} hint={t('tagsHint')}>
        {(a11y) => <input {...a11y} autoComplete="off" {...register('tags')} />}
      </Field>
      <Field id="expense-note" label={t('note')} error={errors.note?.message}>
        {(a11y) => <textarea {...a11y} rows={2} {...register('note')} />}
      </Field>
      <div className="actions">
        <button type="button" className="btn" onClick={onCancel} disabled={isSubmitting}>
          {tCommon('cancel')}
        </button>
        {addAnother && (
          <button type="button" className="btn" onClick={() => void save(true)()} disabled={isSubmitting}>
            {t('saveAndAnother')}
          </button>
        )}
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {isSubmitting ? tCommon('saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
