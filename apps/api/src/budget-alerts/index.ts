/**
 * The budget-alerts feature as other features (and the benchmarks) see it: import from here, never from its files.
 */
export { BudgetAlertsModule } from './budget-alerts.module';
export { BudgetAlertsService } from './budget-alerts.service';
export { alertsWantedSql } from './budget-alerts.sql';
