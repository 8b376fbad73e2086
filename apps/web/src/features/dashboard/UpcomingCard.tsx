import type { Upcoming } from '@spendwise/contracts';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { dayLabel, monthLabel } from '@/lib/dates';
import { formatAmount } from '@/lib/money';
import styles from './UpcomingCard.module.css';

/**
 * What recurring series will still add this month (from tomorrow), and its total: one line per currency, since
 * amounts in different currencies are never added together.
 */
export function UpcomingCard({ upcoming, locale }: { upcoming: Upcoming; locale: string }) {
  const t = useTranslations('dashboard');
  const month = upcoming.through.slice(0, 7);
  return (
    <section className="card" aria-labelledby="upcoming">
      <h2 id="upcoming">{t('upcoming')}</h2>
      {upcoming.items.length === 0 ? (
        <p className="muted">
          {t('nothingScheduled', { month: monthLabel(month, locale) })}{' '}
          <Link href="/recurring">{t('addRecurring')}</Link>
        </p>
      ) : (
        <>
          <ul className={styles.list} aria-label={t('upcoming')}>
            {upcoming.items.map((item) => (
              <li key={`${item.seriesId}-${item.on}`} className={styles.item} data-testid="upcoming-item">
                <span className="tabular">{dayLabel(item.on, locale)}</span>
                <span>{item.description}</span>
                <span className="tabular">{formatAmount(item.amountMinor, item.currency, locale)}</span>
              </li>
            ))}
          </ul>
          {upcoming.totals.map((total) => (
            <p key={total.currency} className={styles.total} data-testid="upcoming-total">
              <span>
                {upcoming.totals.length > 1
                  ? t('upcomingTotalIn', { currency: total.currency, count: total.count })
                  : t('upcomingTotal', { count: total.count })}
              </span>
              <span className="tabular">{formatAmount(total.amountMinor, total.currency, locale)}</span>
            </p>
          ))}
        </>
      )}
    </section>
  );
}
