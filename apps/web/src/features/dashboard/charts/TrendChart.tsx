'use client';
import { useTranslations } from 'next-intl';
import { monthLabel } from '@/lib/dates';
import { formatAmount } from '@/lib/money';
import { ChartFigure } from './ChartFigure';
import { SpendingBars } from './SpendingBars';

/** The last 12 months' totals, oldest first, ending with the selected month. */
export default function TrendChart({
  monthly,
  currency,
  locale,
}: {
  monthly: Array<{ month: string; totalMinor: number }>;
  currency: string;
  locale: string;
}) {
  const t = useTranslations('charts');
  const money = (minor: number) => formatAmount(minor, currency, locale);
  const total = monthly.reduce((sum, month) => sum + month.totalMinor, 0);
  const first = monthly[0];
  const last = monthly[monthly.length - 1];
  const summary =
    first && last
      ? t('trendSummary', {
          first: monthLabel(first.month, locale),
          last: monthLabel(last.month, locale),
          amount: money(total),
        })
      : t('trendEmpty');

  return (
    <ChartFigure
      title={t('trendTitle')}
      summary={summary}
      columns={[t('month'), t('spent')]}
      rows={monthly.map((month) => ({
        label: monthLabel(month.month, locale),
        value: money(month.totalMinor),
      }))}
      height={220}
    >
      <SpendingBars
        data={monthly}
        dataKey="month"
        tickLabel={(month) => monthLabel(month, locale, 'short')}
        tooltipLabel={(month) => monthLabel(month, locale)}
        minTickGap={4}
        spentLabel={t('spent')}
        currency={currency}
        locale={locale}
      />
    </ChartFigure>
  );
}
