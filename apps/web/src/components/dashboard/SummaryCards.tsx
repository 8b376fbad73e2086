import type { Dashboard } from '@spendwise/contracts';
import { budgetBalance, budgetStatus } from '@/lib/budget-status';
import { monthLabel, shiftMonth } from '@/lib/dates';
import { formatAmount, formatPercent } from '@/lib/money';
import Link from 'next/link';
import { ProgressBar } from './ProgressBar';
import styles from './SummaryCards.module.css';

/** This month's total against last month's, and against the overall budget when there is one. */
export function SummaryCards({ dashboard, locale }: { dashboard: Dashboard; locale: string }) {
  const { currency, totalMinor, previousTotalMinor, change, overallBudget, month } = dashboard;
  const money = (minor: number) => formatAmount(minor, currency, locale);
  const previousMonth = monthLabel(shiftMonth(month, -1), locale);
  const balance =
    overallBudget.budgetMinor === null ? null : budgetBalance(totalMinor, overallBudget.budgetMinor);

  let changeText = 'Same as last month';
  if (change.amountMinor !== 0) {
    const direction = change.amountMinor > 0 ? 'more' : 'less';
    const percent = change.percent === null ? '' : ` (${formatPercent(Math.abs(change.percent), locale)})`;
    changeText = `${money(Math.abs(change.amountMinor))}${percent} ${direction} than last month`;
  }

  return (
    <section className={styles.cards} aria-label="Totals">
      <div className="card">
        <h2 className={styles.label}>Spent in {monthLabel(month, locale)}</h2>
        <p className={`${styles.value} tabular`} data-testid="month-total">
          {money(totalMinor)}
        </p>
        <p className={styles.note}>{changeText}</p>
      </div>
      <div className="card">
        <h2 className={styles.label}>Spent in {previousMonth}</h2>
        <p className={`${styles.value} tabular`} data-testid="previous-total">
          {money(previousTotalMinor)}
        </p>
      </div>
      <div className="card">
        <h2 className={styles.label}>Monthly budget</h2>
        {balance === null || overallBudget.budgetMinor === null || overallBudget.percentUsed === null ? (
          <p className={styles.note}>
            No overall budget yet. <Link href="/budgets">Set one</Link>
          </p>
        ) : (
          <>
            <p className={`${styles.value} tabular`} data-testid="budget-left">
              {money(balance.amountMinor)}{' '}
              <span className={styles.unit}>{balance.over ? 'over' : 'left'}</span>
            </p>
            <ProgressBar percentUsed={overallBudget.percentUsed} label="Overall budget used" />
            <p className={styles.note}>
              {formatPercent(overallBudget.percentUsed, locale)} of {money(overallBudget.budgetMinor)} used
              {budgetStatus(overallBudget.percentUsed) === 'over' && ' — over budget'}
            </p>
          </>
        )}
      </div>
    </section>
  );
}
