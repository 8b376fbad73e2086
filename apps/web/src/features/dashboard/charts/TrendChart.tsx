'use client';
import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { monthLabel } from '@/lib/dates';
import { formatAmount, formatAmountCompact } from '@/lib/money';
import { ChartFigure } from './ChartFigure';
import { chartTheme } from './chart-theme';

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
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={monthly} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke={chartTheme.grid} />
          <XAxis
            dataKey="month"
            tickFormatter={(month: string) => monthLabel(month, locale, 'short')}
            tick={chartTheme.tick}
            interval="preserveStartEnd"
            minTickGap={4}
          />
          <YAxis
            tickFormatter={(minor: number) => formatAmountCompact(minor, currency, locale)}
            tick={chartTheme.tick}
            width={56}
          />
          <Tooltip
            formatter={(value) => [money(Number(value)), t('spent')]}
            labelFormatter={(month) => monthLabel(String(month), locale)}
            {...chartTheme.tooltip}
          />
          <Bar dataKey="totalMinor" fill={chartTheme.bar} radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
