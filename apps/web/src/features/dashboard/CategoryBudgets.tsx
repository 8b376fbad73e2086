import type { CategoryTotal, UpcomingOccurrence } from '@spendwise/contracts';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { budgetStatus, scheduledOverBudget } from '@/features/budgets/budget-status';
import { categoryMonthHref } from '@/features/expenses/expense-links';
import { formatAmount, formatPercent } from '@/lib/money';
import { ProgressBar } from './ProgressBar';
import styles from './CategoryBudgets.module.css';

/**
 * Spending per category, each against its budget, flagged at 80% ("close to budget") and 100% ("over"), and when
 * what is still scheduled this month (`upcoming`) would take it over. Each name opens that month's expenses in it.
 */
export function CategoryBudgets({
  categories,
  upcoming,
  month,
  currency,
  locale,
}: {
  categories: CategoryTotal[];
  upcoming: UpcomingOccurrence[];
  /** The month shown (YYYY-MM). */
  month: string;
  currency: string;
  locale: string;
}) {
  const t = useTranslations('dashboard');
  const notes = useTranslations('budgetNotes');
  const money = (minor: number) => formatAmount(minor, currency, locale);
  return (
    <ul className={styles.list} aria-label={t('spendingByCategory')}>
      {categories.map((category) => {
        const status = budgetStatus(category.percentUsed);
        const scheduledOver =
          category.budgetMinor !== null && category.scheduledMinor > 0
            ? scheduledOverBudget(
                {
                  name: category.name,
                  spentMinor: category.totalMinor,
                  budgetMinor: category.budgetMinor,
                  scheduled: upcoming.filter(
                    (item) => item.categoryId === category.categoryId && item.currency === currency,
                  ),
                },
                money,
                notes,
              )
            : null;
        return (
          <li key={category.categoryId ?? 'none'} className={styles.item} data-testid="category-total">
            <div className={styles.row}>
              <span className={styles.name}>
                <span className={styles.dot} style={{ background: category.color }} aria-hidden="true" />
                <Link href={categoryMonthHref(category.categoryId, month)}>{category.name}</Link>
              </span>
              <span className="tabular">
                <strong>{money(category.totalMinor)}</strong>
                {category.budgetMinor !== null && (
                  <span className={styles.of}>{t('ofBudget', { amount: money(category.budgetMinor) })}</span>
                )}
              </span>
            </div>
            {category.percentUsed !== null && (
              <>
                <ProgressBar
                  percentUsed={category.percentUsed}
                  label={t('categoryUsed', { name: category.name })}
                />
                {status === 'near' && (
                  <p className={styles.near}>
                    <span aria-hidden="true">⚠ </span>
                    {t('closeToBudget', { percent: formatPercent(category.percentUsed, locale) })}
                  </p>
                )}
                {scheduledOver && (
                  <p className={styles.near} data-testid="scheduled-over-budget">
                    <span aria-hidden="true">⚠ </span>
                    {scheduledOver}
                  </p>
                )}
                {status === 'over' && category.budgetMinor !== null && (
                  <p className={styles.over}>
                    <span aria-hidden="true">⛔ </span>
                    {t('overBy', { amount: money(category.totalMinor - category.budgetMinor) })}
                  </p>
                )}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
