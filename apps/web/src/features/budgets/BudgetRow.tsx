'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Budget, BudgetInMonth } from '@spendwise/contracts';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useDescribeError, fieldErrorsFrom } from '@/lib/api/errors';
import {
  budgetFormSchema,
  type BudgetFormOutput,
  type BudgetFormValues,
} from '@/features/budgets/budget-form';
import { monthLabel, shiftMonth } from '@/lib/dates';
import type { Translate } from '@/i18n/translate';
import { amountInputValue, formatAmount, useAmountReading, useDescribeRefusal } from '@/lib/money';
import styles from './BudgetRow.module.css';

/** The month's spending against a budget: "$512.00 spent, $12.00 over". */
export interface BudgetSpending {
  text: string;
  over: boolean;
}

/**
 * One budget line: its amount in the month shown (with what carried into it, when it rolls over), that month's
 * spending against it, a field to set or change it, whether it rolls over, and a way to remove it.
 */
export function BudgetRow({
  id,
  name,
  color,
  budget,
  month,
  currency,
  locale,
  onSave,
  onRemove,
  spending = null,
  scheduledOver = null,
}: {
  id: string;
  name: string;
  color?: string;
  budget: BudgetInMonth | undefined;
  /** The month shown (YYYY-MM). */
  month: string;
  currency: string;
  locale: string;
  onSave: (amountMinor: number, rollover: boolean) => Promise<unknown>;
  onRemove: (budget: Budget) => void;
  spending?: BudgetSpending | null;
  /** "$1,200.00 Rent due on the 31st would take Housing over", when it would. */
  scheduledOver?: string | null;
}) {
  const describeError = useDescribeError();
  const amountReading = useAmountReading();
  const describeRefusal = useDescribeRefusal();
  const t = useTranslations('budgets.row');
  const tBudgets = useTranslations('budgets');
  const tCommon = useTranslations('common');
  const schema = useMemo(
    () => budgetFormSchema(currency, locale, describeRefusal),
    [currency, locale, describeRefusal],
  );
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<BudgetFormValues, unknown, BudgetFormOutput>({
    resolver: zodResolver(schema),
    values: {
      amount: budget ? amountInputValue(budget.amountMinor, currency, locale) : '',
      rollover: budget?.rollover ?? false,
    },
  });
  const amountText = useWatch({ control, name: 'amount' });
  const inputId = `budget-${id}`;
  const errorId = `${inputId}-error`;
  const readingId = `${inputId}-reading`;
  const carried = budget ? carriedLine(budget, month, locale, t) : null;

  const submit = handleSubmit(async ({ amount, rollover }) => {
    try {
      await onSave(amount, rollover);
    } catch (error) {
      const { fields } = fieldErrorsFrom(error, ['amount'], { amountMinor: 'amount' });
      setError('amount', { type: 'server', message: fields.amount ?? describeError(error) });
    }
  });

  return (
    <form className={styles.row} onSubmit={submit} noValidate aria-label={t('label', { name })}>
      <div className={styles.name}>
        {color && <span className={styles.swatch} style={{ background: color }} aria-hidden="true" />}
        <label htmlFor={inputId}>{name}</label>
        <span className={styles.current}>{budget ? budgetLine(budget, locale, t) : t('none')}</span>
        {carried && (
          <span className={styles.current} data-testid="budget-carried">
            {carried}
          </span>
        )}
      </div>
      <div className={styles.controls}>
        <input
          id={inputId}
          inputMode="decimal"
          placeholder={t('amount')}
          aria-invalid={Boolean(errors.amount)}
          aria-describedby={errors.amount ? `${errorId} ${readingId}` : readingId}
          {...register('amount')}
        />
        <button type="submit" className="btn btn-small btn-primary" disabled={isSubmitting}>
          {isSubmitting ? tCommon('saving') : budget ? t('update') : t('set')}
        </button>
        {budget && (
          <button
            type="button"
            className="btn btn-small btn-danger"
            onClick={() => onRemove(budget)}
            aria-label={t('removeLabel', { name })}
          >
            {tBudgets('remove')}
          </button>
        )}
      </div>
      <label className={styles.rollover}>
        <input type="checkbox" {...register('rollover')} />
        {t('rollover')}
      </label>
      {errors.amount && (
        <p id={errorId} className={styles.error}>
          {errors.amount.message}
        </p>
      )}
      {spending && (
        <p className={spending.over ? styles.over : styles.reading} data-testid="budget-spending">
          {spending.text}
        </p>
      )}
      {scheduledOver && (
        <p className={styles.warning} data-testid="scheduled-over-budget">
          <span aria-hidden="true">⚠ </span>
          {scheduledOver}
        </p>
      )}
      <p id={readingId} className={styles.reading} aria-live="polite">
        {amountReading(amountText, currency, locale)}
      </p>
    </form>
  );
}

/**
 * "$500.00 a month", or "$800.00 a month from December 2026 on" once the amount was changed from a month on.
 * `t`: the `budgets.row` messages.
 */
export function budgetLine(budget: Budget, locale: string, t: Translate): string {
  const amount = formatAmount(budget.amountMinor, budget.currency, locale);
  if (!budget.fromMonth) return t('perMonth', { amount });
  const [year, month] = budget.fromMonth.split('-').map(Number) as [number, number];
  const name = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
  return t('perMonthFrom', { amount, month: name });
}

/**
 * What carried into the month shown, for a budget that rolls over: "includes $40.00 carried from November 2026", or
 * "−$12.00 overspent last month"; null when nothing carried.
 */
export function carriedLine(
  budget: BudgetInMonth,
  month: string,
  locale: string,
  t: Translate,
): string | null {
  if (!budget.rollover || budget.carriedMinor === 0) return null;
  const amount = formatAmount(budget.carriedMinor, budget.currency, locale);
  if (budget.carriedMinor < 0) return t('overspentLastMonth', { amount });
  return t('carriedFrom', { amount, month: monthLabel(shiftMonth(month, -1), locale) });
}
