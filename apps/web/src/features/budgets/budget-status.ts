/** How close spending is to a budget: warn at 80% used, alarm at 100%. */

const BUDGET_WARNING_PERCENT = 80;
const BUDGET_LIMIT_PERCENT = 100;

export type BudgetStatus = 'none' | 'ok' | 'near' | 'over';

export function budgetStatus(percentUsed: number | null): BudgetStatus {
  if (percentUsed === null) return 'none';
  if (percentUsed >= BUDGET_LIMIT_PERCENT) return 'over';
  if (percentUsed >= BUDGET_WARNING_PERCENT) return 'near';
  return 'ok';
}

/** What is left of a budget, or by how much spending went over it: "$0.00 left" would hide an overspend. */
export function budgetBalance(
  spentMinor: number,
  budgetMinor: number,
): { amountMinor: number; over: boolean } {
  return { amountMinor: Math.abs(budgetMinor - spentMinor), over: spentMinor > budgetMinor };
}

import type { Translate } from '@/i18n/translate';

/** An occurrence still scheduled this month, as the dashboard's `upcoming` lists it. */
export interface ScheduledAmount {
  on: string;
  description: string;
  amountMinor: number;
}

/**
 * "$1,200.00 Rent due on the 31st would take Housing over": said while spending is still within a budget but that
 * plus what is still scheduled this month (in the budget's currency, oldest first) is not; null otherwise. Worded
 * by `t` (the `budgetNotes` messages: "the 31st", "am 31.").
 */
export function scheduledOverBudget(
  {
    name,
    spentMinor,
    budgetMinor,
    scheduled,
  }: { name: string; spentMinor: number; budgetMinor: number; scheduled: readonly ScheduledAmount[] },
  money: (minor: number) => string,
  t: Translate,
): string | null {
  const scheduledMinor = scheduled.reduce((sum, item) => sum + item.amountMinor, 0);
  if (scheduled.length === 0 || spentMinor >= budgetMinor || spentMinor + scheduledMinor <= budgetMinor) {
    return null;
  }
  const [first] = scheduled as [ScheduledAmount];
  const amount = money(scheduledMinor);
  const day = Number(first.on.slice(8));
  if (scheduled.length === 1) {
    return t('scheduledOne', { amount, description: first.description, day, name });
  }
  return t('scheduledMany', { amount, count: scheduled.length, day, name });
}
