import type { NotInTotals as NotInTotalsEntry } from '@spendwise/contracts';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Alert } from '@/components/ui/Alert';
import { formatAmount } from '@/lib/money';

/** "4 Dec" for 2026-12-04 (a calendar date: no time zone shifts it). */
function shortDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/**
 * Expenses the totals leave out because no exchange rate converts them on their date — said plainly, so a total is
 * never silently short: "3 expenses in JPY not in these totals: no rate for 4 Dec", with the way to a rate of one's
 * own (Settings → Exchange rates).
 */
export function NotInTotals({ entries, locale }: { entries: NotInTotalsEntry[]; locale: string }) {
  const t = useTranslations('dashboard');
  if (entries.length === 0) return null;
  return (
    <Alert tone="warning" title={t('notInTotalsTitle')}>
      {entries.map((entry) => (
        <p key={entry.currency} data-testid="not-in-totals">
          {t('notInTotals', {
            count: entry.count,
            currency: entry.currency,
            amount: formatAmount(entry.amountMinor, entry.currency, locale),
            dates: entry.dates.map((date) => shortDay(date, locale)).join(', '),
          })}
        </p>
      ))}
      <p>
        {t.rich('notInTotalsHelp', {
          link: (chunks) => <Link href="/settings#exchange-rates">{chunks}</Link>,
        })}
      </p>
    </Alert>
  );
}
