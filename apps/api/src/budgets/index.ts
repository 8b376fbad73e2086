/**
 * The budgets feature as other features (and the benchmarks) see it: import from here, never from its files.
 */
export { amountInEffect } from './budget-amounts.sql';
export { toBudget } from './budget.mapper';
export type { BudgetRow } from './budget.mapper';
export { BudgetsModule } from './budgets.module';
export { BudgetsService } from './budgets.service';
export { NEWEST_FROM_MONTH } from './budgets.sql';
