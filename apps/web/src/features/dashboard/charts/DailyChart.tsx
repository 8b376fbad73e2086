'use client';
import { useTranslations } from 'next-intl';
import { dayLabel, monthLabel } from '@/lib/dates';
import { formatAmount } from '@/lib/money';
import { ChartFigure } from './ChartFigure';
import { SpendingBars } from './SpendingBars';

/** Spending per day of the selected month. */
export default function DailyChart({
  daily,
  month,
  currency,
  locale,
}: {
  daily: Array<{ date: string; totalMinor: number }>;
  month: string;
  currency: string;
  locale: string;
}) {
  const t = useTranslations('charts');
  const money = (minor: number) => formatAmount(minor, currency, locale);
  const busiest = daily.reduce<(typeof daily)[number] | undefined>(
    (top, day) => (day.totalMinor > (top?.totalMinor ?? 0) ? day : top),
    undefined,
  );
  const summary = busiest
    ? t('dailySummary', {
        month: monthLabel(month, locale),
        day: dayLabel(busiest.date, locale),
        amount: money(busiest.totalMinor),
      })
    : t('dailyEmpty', { month: monthLabel(month, locale) });

  return (
    <ChartFigure
      title={t('dailyTitle', { month: monthLabel(month, locale) })}
      summary={summary}
      columns={[t('day'), t('spent')]}
      rows={daily
        // A day whose refunds exceed its spending is a row (and a bar below zero), never left out.
        .filter((day) => day.totalMinor !== 0)
        .map((day) => ({ label: dayLabel(day.date, locale), value: money(day.totalMinor) }))}
      height={220}
    >
      <SpendingBars
        data={daily}
        dataKey="date"
        tickLabel={(date) => dayLabel(date, locale, 'dayOfMonth')}
        tooltipLabel={(date) => dayLabel(date, locale)}
        minTickGap={8}
        spentLabel={t('spent')}
        currency={currency}
        locale={locale}
      />
    </ChartFigure>
  );
}
