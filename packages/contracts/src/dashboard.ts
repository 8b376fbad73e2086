import { z } from 'zod';
import { YearMonth } from './common';
import { Expense, NotInTotals } from './expenses';

export const DashboardQuery = z.strictObject({
  month: YearMonth.optional().describe(
    "Month to show, YYYY-MM (default: this month in the user's time zone)",
  ),
});
export type DashboardQuery = z.output<typeof DashboardQuery>;

export const CategoryTotal = z.object({
  categoryId: z.uuid().nullable().describe('null for uncategorised spending'),
  name: z.string(),
  color: z.string(),
  totalMinor: z.number().int(),
  budgetMinor: z
    .number()
    .int()
    .nullable()
    .describe(
      "The category's budget in the month: for a budget that rolls over, what it has available (its amount plus " +
        'what carried into the month, GET /budgets availableMinor), which can be 0 or negative',
    ),
  percentUsed: z
    .number()
    .nullable()
    .describe(
      'totalMinor / budgetMinor × 100, one decimal; 100 when budgetMinor is 0 or negative (a carried overspend ' +
        'used it up); null without a budget',
    ),
  scheduledMinor: z
    .number()
    .int()
    .describe(
      "What the person's active series in this category and the dashboard's currency will still add from " +
        'tomorrow through the end of the month (`upcoming`); 0 unless the month shown is the current one',
    ),
});
export type CategoryTotal = z.infer<typeof CategoryTotal>;

/** A recent expense as recorded, with its amount in the dashboard's currency at the rate of its date. */
export const RecentExpense = Expense.extend({
  baseAmountMinor: z
    .number()
    .int()
    .nullable()
    .describe(
      "amountMinor converted to the dashboard's currency at the rate of occurredOn (half-even); equal to " +
        'amountMinor when recorded in it; null without a usable rate',
    ),
});
export type RecentExpense = z.infer<typeof RecentExpense>;

/** One occurrence of a recurring series still to come this month: computed from the schedule, not stored. */
export const UpcomingOccurrence = z.object({
  seriesId: z.uuid(),
  on: z.string().describe('The date it becomes an expense (YYYY-MM-DD)'),
  description: z.string(),
  merchant: z.string().nullable(),
  categoryId: z.uuid().nullable(),
  amountMinor: z.number().int(),
  currency: z.string().describe("The series' currency, as recorded: never converted"),
});
export type UpcomingOccurrence = z.infer<typeof UpcomingOccurrence>;

export const UpcomingTotal = z.object({
  currency: z.string(),
  amountMinor: z.number().int().describe('Sum of the occurrences in this currency, in its minor units'),
  count: z.number().int(),
});
export type UpcomingTotal = z.infer<typeof UpcomingTotal>;

export const Upcoming = z
  .object({
    from: z.string().describe("The day after the person's today (YYYY-MM-DD)"),
    through: z.string().describe("The last day of the person's current month (YYYY-MM-DD)"),
    items: z.array(UpcomingOccurrence).describe('Oldest first'),
    totals: z
      .array(UpcomingTotal)
      .describe('One per currency, by currency code: amounts in different currencies are never added'),
  })
  .describe(
    "Occurrences of the person's active series (not paused, not ended, not skipped) from tomorrow through the " +
      'end of the current month in their time zone, whatever `month` is shown. `from` is after `through` on ' +
      "the month's last day (nothing is left)",
  );
export type Upcoming = z.infer<typeof Upcoming>;

export const Dashboard = z.object({
  month: z.string(),
  currency: z
    .string()
    .describe(
      "The base currency (the user's): every total and budget is in it. Expenses in other currencies are " +
        'converted at the ECB rate of their date, each (currency, day, category) group rounded half-even',
    ),
  timeZone: z.string(),
  totalMinor: z.number().int(),
  previousTotalMinor: z.number().int(),
  change: z.object({
    amountMinor: z.number().int(),
    percent: z.number().nullable().describe('null when last month was zero, or below zero (refunds)'),
  }),
  overallBudget: z.object({
    budgetMinor: z
      .number()
      .int()
      .nullable()
      .describe('The overall budget in the month; available amount (with the carry) when it rolls over'),
    percentUsed: z.number().nullable().describe('As in byCategory'),
    scheduledMinor: z
      .number()
      .int()
      .describe(
        "What active series in the dashboard's currency will still add this month (any category); 0 unless the " +
          'month shown is the current one',
      ),
  }),
  byCategory: z.array(CategoryTotal),
  daily: z.array(z.object({ date: z.string(), totalMinor: z.number().int() })),
  monthly: z
    .array(z.object({ month: z.string(), totalMinor: z.number().int() }))
    .describe('12 months, oldest first'),
  recent: z.array(RecentExpense).max(5),
  notInTotals: z
    .array(NotInTotals)
    .describe(
      'Per currency, the expenses of the 12 months shown that no total includes for want of a rate; empty when ' +
        'everything is counted',
    ),
  upcoming: Upcoming,
});
export type Dashboard = z.infer<typeof Dashboard>;
