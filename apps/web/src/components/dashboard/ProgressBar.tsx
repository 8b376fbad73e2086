import { budgetStatus } from '@/lib/budget-status';
import styles from './ProgressBar.module.css';

/** A budget meter: the bar fills to the percent used and changes colour at 80% and 100%. */
export function ProgressBar({ percentUsed, label }: { percentUsed: number; label: string }) {
  const status = budgetStatus(percentUsed);
  return (
    <div
      className={`${styles.track} ${styles[status]}`}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.min(Math.round(percentUsed), 100)}
      aria-valuetext={`${Math.round(percentUsed)}% of budget used`}
    >
      <div className={styles.fill} style={{ width: `${Math.min(percentUsed, 100)}%` }} />
    </div>
  );
}
