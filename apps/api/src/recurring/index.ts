/**
 * The recurring feature as other features (and the benchmarks) see it: import from here, never from its files.
 */
export { RecurringCatchUpGuard } from './recurring-catch-up.guard';
export { RecurringModule } from './recurring.module';
export { RecurringService } from './recurring.service';
export { restOfMonth, scheduledSeriesQuery, upcomingThisMonth } from './scheduled';
export type { ScheduledSeriesRow } from './scheduled';
