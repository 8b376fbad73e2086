import type { Dashboard } from '@spendwise/contracts';
import { budgetBalance, budgetStatus } from '@/features/budgets/budget-status';
import { monthLabel, shiftMonth } from '@/lib/dates';
import { formatAmount, formatPercent } from '@/lib/money';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { ProgressBar } from './ProgressBar';
import styles from './SummaryCards.module.css';

/** This month's total against last month's, and against the overall budget when there is one. */
export function SummaryCards({ dashboard, locale }: { dashboard: Dashboard; locale: string }) {
  const t = useTranslations('dashboard');
  const { currency, totalMinor, previousTotalMinor, change, overallBudget, month } = dashboard;
  const money = (minor: number) => formatAmount(minor, currency, locale);
  const previousMonth = monthLabel(shiftMonth(month, -1), locale);
  const balance =
    overallBudget.budgetMinor === null ? null : budgetBalance(totalMinor, overallBudget.budgetMinor);

  let changeText = t('sameAsLastMonth');
  if (change.amountMinor !== 0) {
    const amount = money(Math.abs(change.amountMinor));
    const more = change.amountMinor > 0;
    changeText =
      change.percent === null
        ? t(more ? 'moreThanLastMonth' : 'lessThanLastMonth', { amount })
        : t(more ? 'moreThanLastMonthPercent' : 'lessThanLastMonthPercent', {
            amount,
            percent: formatPercent(Math.abs(change.percent), locale),
          });
  }

  return (
    <section className={styles.cards} aria-label={t('totals')}>
      <div className="card">
        <h2 className={styles.label}>{t('spentIn', { month: monthLabel(month, locale) })}</h2>
        <p className={`${styles.value} tabular`} data-testid="month-total">
          {money(totalMinor)}
        </p>
        <p className={styles.note}>{changeText}</p>
      </div>
      <div className="card">
        <h2 className={styles.label}>{t('spentIn', { month: previousMonth })}</h2>
        <p className={`${styles.value} tabular`} data-testid="previous-total">
          {money(previousTotalMinor)}
        </p>
      </div>
      <div className="card">
        <h2 className={styles.label}>{t('monthlyBudget')}</h2>
        {balance === null || overallBudget.budgetMinor === null || overallBudget.percentUsed === null ? (
          <p className={styles.note}>
            {t.rich('noOverallBudget', { link: (chunks) => <Link href="/budgets">{chunks}</Link> })}
          </p>
        ) : (
          <>
            <p className={`${styles.value} tabular`} data-testid="budget-left">
              {money(balance.amountMinor)}{' '}
              <span className={styles.unit}>{balance.over ? t('over') : t('left')}</span>
            </p>
            <ProgressBar percentUsed={overallBudget.percentUsed} label={t('overallUsed')} />
            <p className={styles.note}>
              {t('percentOfUsed', {
                percent: formatPercent(overallBudget.percentUsed, locale),
                amount: money(overallBudget.budgetMinor),
              })}
              {budgetStatus(overallBudget.percentUsed) === 'over' && t('overBudgetSuffix')}
            </p>
          </>
        )}
      </div>
    </section>
  );
}
