import { useTranslations } from 'next-intl';
import type { OfflineExpense } from '@/features/expenses/offline-expenses';
import { dayLabel } from '@/lib/dates';
import { formatAmount } from '@/lib/money';
import styles from './WaitingExpenses.module.css';

/**
 * The expenses recorded on this device while SpendWise could not be reached (features/expenses/offline-expenses.ts), shown with
 * the list until they are sent, so a person sees what they typed is kept rather than wondering whether it is lost.
 * They have no id yet: nothing here can be edited or selected.
 */
export function WaitingExpenses({
  items,
  currency,
  locale,
}: {
  items: OfflineExpense[];
  currency: string;
  locale: string;
}) {
  const t = useTranslations('expenses');
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="waiting-expenses-title" data-testid="waiting-expenses">
      <h2 id="waiting-expenses-title">{t('waitingTitle')}</h2>
      <p className="muted">{t('waitingBody')}</p>
      <ul className="plain-list">
        {items.map(({ idempotencyKey, input }) => (
          <li key={idempotencyKey} className={styles.item}>
            <span className={styles.date}>{dayLabel(input.occurredOn, locale)}</span>
            <span className={styles.what}>
              {input.description}
              {input.merchant ? <span className="muted"> · {input.merchant}</span> : null}
            </span>
            <span className={styles.amount}>{formatAmount(input.amountMinor, currency, locale)}</span>
            <span className={styles.state}>{t('waitingTitle')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
