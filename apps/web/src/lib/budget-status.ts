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
