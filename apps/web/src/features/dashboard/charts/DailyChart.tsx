'use client';
import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { dayLabel, monthLabel } from '@/lib/dates';
import { formatAmount, formatAmountCompact } from '@/lib/money';
import { ChartFigure } from './ChartFigure';
import { chartTheme } from './chart-theme';

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
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={daily} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke={chartTheme.grid} />
          <XAxis
            dataKey="date"
            tickFormatter={(date: string) => dayLabel(date, locale, 'dayOfMonth')}
            tick={chartTheme.tick}
            interval="preserveStartEnd"
            minTickGap={8}
          />
          <YAxis
            tickFormatter={(minor: number) => formatAmountCompact(minor, currency, locale)}
            tick={chartTheme.tick}
            width={56}
          />
          <Tooltip
            formatter={(value) => [money(Number(value)), t('spent')]}
            labelFormatter={(date) => dayLabel(String(date), locale)}
            {...chartTheme.tooltip}
          />
          <Bar dataKey="totalMinor" fill={chartTheme.bar} radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
