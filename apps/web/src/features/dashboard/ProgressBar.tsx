import { budgetStatus } from '@/features/budgets/budget-status';
import styles from './ProgressBar.module.css';

/** A budget meter: the bar fills to the percent used and changes colour at 80% and 100%. */
export function ProgressBar({ percentUsed, label }: { percentUsed: number; label: string }) {
  const status = budgetStatus(percentUsed);
  // Refunds can take spending below zero: the bar is then empty (a negative CSS width would be ignored, and fill it).
  const filled = Math.max(0, Math.min(percentUsed, 100));
  return (
    <div
      className={`${styles.track} ${styles[status]}`}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(filled)}
      aria-valuetext={`${Math.round(percentUsed)}% of budget used`}
    >
      <div className={styles.fill} style={{ width: `${filled}%` }} />
    </div>
  );
}
