'use client';
import type { CategoryTotal } from '@spendwise/contracts';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { categoryMonthHref } from '@/features/expenses/expense-links';
import { formatAmount } from '@/lib/money';
import { ChartFigure } from './ChartFigure';
import { chartTheme } from './chart-theme';

/**
 * Share of the month's spending per category, as a donut in the categories' own colours. A segment opens that
 * month's expenses in its category (for the keyboard, the category list beside it links the same places).
 */
export default function CategoryChart({
  categories,
  month,
  currency,
  locale,
}: {
  categories: CategoryTotal[];
  /** The month shown (YYYY-MM). */
  month: string;
  currency: string;
  locale: string;
}) {
  const t = useTranslations('charts');
  const router = useRouter();
  const money = (minor: number) => formatAmount(minor, currency, locale);
  // A share of a whole has no negative slice: a category whose refunds exceed its spending is named in the summary
  // instead, and the list beside the chart shows its negative total.
  const data = categories.filter((category) => category.totalMinor > 0);
  const refunded = categories.filter((category) => category.totalMinor < 0);
  const largest = data.reduce<CategoryTotal | undefined>(
    (top, category) => (!top || category.totalMinor > top.totalMinor ? category : top),
    undefined,
  );
  const summary = largest
    ? t('byCategorySummary', { count: data.length, name: largest.name, amount: money(largest.totalMinor) })
    : t('noSpendingThisMonth');
  const refundedNote =
    refunded.length > 0
      ? t('refundedNote', {
          list: refunded.map((category) => `${category.name} (${money(category.totalMinor)})`).join(', '),
        })
      : '';

  return (
    <ChartFigure
      title={t('byCategoryTitle')}
      summary={summary + refundedNote}
      columns={[t('category'), t('spent')]}
      rows={[...data, ...refunded].map((category) => ({
        label: category.name,
        value: money(category.totalMinor),
      }))}
      height={220}
    >
      <ResponsiveContainer width="100%" height="100%">
        <PieChart accessibilityLayer={false}>
          <Pie
            data={data}
            dataKey="totalMinor"
            nameKey="name"
            innerRadius="55%"
            outerRadius="90%"
            paddingAngle={data.length > 1 ? 1 : 0}
            isAnimationActive={false}
            stroke={data.length > 1 ? 'var(--surface)' : 'none'}
          >
            {data.map((category) => (
              <Cell
                key={category.categoryId ?? 'none'}
                fill={category.color}
                cursor="pointer"
                onClick={() => router.push(categoryMonthHref(category.categoryId, month))}
              />
            ))}
          </Pie>
          <Tooltip
            formatter={(value) => money(Number(value))}
            contentStyle={chartTheme.tooltip.contentStyle}
            itemStyle={chartTheme.tooltip.itemStyle}
          />
        </PieChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
