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

/** An occurrence still scheduled this month, as the dashboard's `upcoming` lists it. */
export interface ScheduledAmount {
  on: string;
  description: string;
  amountMinor: number;
}

const ordinals = new Intl.PluralRules('en-US', { type: 'ordinal' });
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "31st" for 2026-12-31. */
function dayOrdinal(date: string): string {
  const day = Number(date.slice(8));
  return `${day}${SUFFIX[ordinals.select(day)] ?? 'th'}`;
}

/**
 * "$1,200.00 Rent due on the 31st would take Housing over": said while spending is still within a budget but that
 * plus what is still scheduled this month (in the budget's currency, oldest first) is not; null otherwise.
 */
export function scheduledOverBudget(
  {
    name,
    spentMinor,
    budgetMinor,
    scheduled,
  }: { name: string; spentMinor: number; budgetMinor: number; scheduled: readonly ScheduledAmount[] },
  money: (minor: number) => string,
): string | null {
  const scheduledMinor = scheduled.reduce((sum, item) => sum + item.amountMinor, 0);
  if (scheduled.length === 0 || spentMinor >= budgetMinor || spentMinor + scheduledMinor <= budgetMinor) {
    return null;
  }
  const [first] = scheduled as [ScheduledAmount];
  if (scheduled.length === 1) {
    return `${money(scheduledMinor)} ${first.description} due on the ${dayOrdinal(first.on)} would take ${name} over`;
  }
  return `${money(scheduledMinor)} still scheduled (${scheduled.length} expenses from the ${dayOrdinal(first.on)}) would take ${name} over`;
}
