import type { CategoryTotal } from '@spendwise/contracts';
import { budgetStatus } from '@/lib/budget-status';
import { formatAmount, formatPercent } from '@/lib/money';
import { ProgressBar } from './ProgressBar';
import styles from './CategoryBudgets.module.css';

/** Spending per category, each against its budget, flagged at 80% ("close to budget") and 100% ("over"). */
export function CategoryBudgets({
  categories,
  currency,
  locale,
}: {
  categories: CategoryTotal[];
  currency: string;
  locale: string;
}) {
  const money = (minor: number) => formatAmount(minor, currency, locale);
  return (
    <ul className={styles.list} aria-label="Spending by category">
      {categories.map((category) => {
        const status = budgetStatus(category.percentUsed);
        return (
          <li key={category.categoryId ?? 'none'} className={styles.item} data-testid="category-total">
            <div className={styles.row}>
              <span className={styles.name}>
                <span className={styles.dot} style={{ background: category.color }} aria-hidden="true" />
                {category.name}
              </span>
              <span className="tabular">
                <strong>{money(category.totalMinor)}</strong>
                {category.budgetMinor !== null && (
                  <span className={styles.of}> of {money(category.budgetMinor)}</span>
                )}
              </span>
            </div>
            {category.percentUsed !== null && (
              <>
                <ProgressBar percentUsed={category.percentUsed} label={`${category.name} budget used`} />
                {status === 'near' && (
                  <p className={styles.near}>
                    <span aria-hidden="true">⚠ </span>
                    Close to budget: {formatPercent(category.percentUsed, locale)} used
                  </p>
                )}
                {status === 'over' && category.budgetMinor !== null && (
                  <p className={styles.over}>
                    <span aria-hidden="true">⛔ </span>
                    Over budget by {money(category.totalMinor - category.budgetMinor)}
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
