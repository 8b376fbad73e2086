import { z } from 'zod';
import { YearMonth } from './common';
import { Expense } from './expenses';

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
  budgetMinor: z.number().int().nullable(),
  percentUsed: z
    .number()
    .nullable()
    .describe('totalMinor / budgetMinor × 100, one decimal; null without a budget'),
});
export type CategoryTotal = z.infer<typeof CategoryTotal>;

export const Dashboard = z.object({
  month: z.string(),
  currency: z.string(),
  timeZone: z.string(),
  totalMinor: z.number().int(),
  previousTotalMinor: z.number().int(),
  change: z.object({
    amountMinor: z.number().int(),
    percent: z.number().nullable().describe('null when last month was zero'),
  }),
  overallBudget: z.object({
    budgetMinor: z.number().int().nullable(),
    percentUsed: z.number().nullable(),
  }),
  byCategory: z.array(CategoryTotal),
  daily: z.array(z.object({ date: z.string(), totalMinor: z.number().int() })),
  monthly: z
    .array(z.object({ month: z.string(), totalMinor: z.number().int() }))
    .describe('12 months, oldest first'),
  recent: z.array(Expense).max(5),
});
export type Dashboard = z.infer<typeof Dashboard>;
