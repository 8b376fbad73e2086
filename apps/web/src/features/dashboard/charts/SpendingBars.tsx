'use client';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatAmount, formatAmountCompact } from '@/lib/money';
import { chartTheme } from './chart-theme';

/**
 * The bars the daily and the 12-month charts share: one bar per entry (below zero when refunds exceed spending),
 * amounts compact on the axis and whole in the tooltip. Each chart says what its key is and how to label it.
 */
export function SpendingBars<Key extends string>({
  data,
  dataKey,
  tickLabel,
  tooltipLabel,
  minTickGap,
  spentLabel,
  currency,
  locale,
}: {
  data: Array<Record<Key, string> & { totalMinor: number }>;
  dataKey: Key;
  /** The axis label of an entry's key (short). */
  tickLabel: (key: string) => string;
  /** The tooltip's label of an entry's key (whole). */
  tooltipLabel: (key: string) => string;
  minTickGap: number;
  spentLabel: string;
  currency: string;
  locale: string;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} stroke={chartTheme.grid} />
        <XAxis
          dataKey={dataKey}
          tickFormatter={tickLabel}
          tick={chartTheme.tick}
          interval="preserveStartEnd"
          minTickGap={minTickGap}
        />
        <YAxis
          tickFormatter={(minor: number) => formatAmountCompact(minor, currency, locale)}
          tick={chartTheme.tick}
          width={56}
        />
        <Tooltip
          formatter={(value) => [formatAmount(Number(value), currency, locale), spentLabel]}
          labelFormatter={(key) => tooltipLabel(String(key))}
          {...chartTheme.tooltip}
        />
        <Bar dataKey="totalMinor" fill={chartTheme.bar} radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
