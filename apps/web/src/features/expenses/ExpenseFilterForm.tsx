'use client';
import { useTranslations } from 'next-intl';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Category } from '@spendwise/contracts';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Field } from '@/components/ui/Field';
import type { AppliedFilters } from '@/lib/expense-filter-query';
import {
  filterFormSchema,
  filterFormValues,
  isRefundsOnly,
  type FilterFormValues,
} from '@/features/expenses/expense-filters';
import { useAmountReading, useDescribeRefusal } from '@/lib/money';
import styles from './ExpenseFilterForm.module.css';

/** Filters the form shows above "More filters", which need not open it: the search and the refunds switch. */
const shownOutside = (filters: AppliedFilters, key: string) =>
  key === 'q' || (key === 'maxAmount' && isRefundsOnly(filters));

/** Search and filters for the expense list, validated by the same rules the API applies to its query. */
export function ExpenseFilterForm({
  filters,
  currency,
  locale,
  categories,
  onApply,
}: {
  filters: AppliedFilters;
  currency: string;
  locale: string;
  categories: Category[];
  onApply: (filters: AppliedFilters) => void;
}) {
  const amountReading = useAmountReading();
  const describeRefusal = useDescribeRefusal();
  const t = useTranslations('expenses.filter');
  const tExpenses = useTranslations('expenses');
  const schema = useMemo(
    () => filterFormSchema(currency, locale, t, describeRefusal),
    [currency, locale, t, describeRefusal],
  );
  const {
    register,
    handleSubmit,
    reset,
    control,
    formState: { errors },
  } = useForm<FilterFormValues, unknown, AppliedFilters>({
    resolver: zodResolver(schema),
    values: filterFormValues(filters, currency, locale),
  });
  const minAmountText = useWatch({ control, name: 'minAmount' });
  const maxAmountText = useWatch({ control, name: 'maxAmount' });

  const refundsOnly = register('refundsOnly', {
    // One click: the switch applies at once (with whatever else the form holds), like a link would.
    onChange: () => void handleSubmit(onApply)(),
  });

  const clear = () => {
    reset(filterFormValues({}, currency, locale));
    onApply({});
  };

  return (
    <form role="search" aria-label={t('label')} onSubmit={handleSubmit(onApply)} noValidate className="card">
      <Field id="filter-q" label={t('search')} error={errors.q?.message}>
        {(a11y) => <input {...a11y} type="search" placeholder={t('searchPlaceholder')} {...register('q')} />}
      </Field>
      <div className={styles.switch}>
        <label>
          <input type="checkbox" role="switch" aria-describedby="filter-refunds-hint" {...refundsOnly} />{' '}
          {t('refundsOnly')}
        </label>
        <span id="filter-refunds-hint" className="muted">
          {t('refundsOnlyHint')}
        </span>
      </div>
      <details className={styles.more} open={Object.keys(filters).some((key) => !shownOutside(filters, key))}>
        <summary>{t('more')}</summary>
        <div className={styles.grid}>
          <Field id="filter-from" label={t('from')} error={errors.from?.message}>
            {(a11y) => <input {...a11y} type="date" {...register('from')} />}
          </Field>
          <Field id="filter-to" label={t('to')} error={errors.to?.message}>
            {(a11y) => <input {...a11y} type="date" {...register('to')} />}
          </Field>
          <Field id="filter-category" label={t('category')} error={errors.categoryId?.message}>
            {(a11y) => (
              <select {...a11y} {...register('categoryId')}>
                <option value="">{t('allCategories')}</option>
                <option value="none">{tExpenses('uncategorised')}</option>
                {categories.map((category) => (
                  <option key={category.id} value={category.id}>
                    {category.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="filter-tag" label={t('tag')} error={errors.tag?.message}>
            {(a11y) => <input {...a11y} autoComplete="off" {...register('tag')} />}
          </Field>
          <Field
            id="filter-min"
            label={t('minimum', { currency })}
            error={errors.minAmount?.message}
            hint={<span aria-live="polite">{amountReading(minAmountText, currency, locale)}</span>}
          >
            {(a11y) => <input {...a11y} inputMode="decimal" {...register('minAmount')} />}
          </Field>
          <Field
            id="filter-max"
            label={t('maximum', { currency })}
            error={errors.maxAmount?.message}
            hint={<span aria-live="polite">{amountReading(maxAmountText, currency, locale)}</span>}
          >
            {(a11y) => <input {...a11y} inputMode="decimal" {...register('maxAmount')} />}
          </Field>
        </div>
      </details>
      <div className="actions">
        <button type="button" className="btn" onClick={clear}>
          {t('clear')}
        </button>
        <button type="submit" className="btn btn-primary">
          {t('apply')}
        </button>
      </div>
    </form>
  );
}
