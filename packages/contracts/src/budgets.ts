import { z } from 'zod';
import { AmountMinor, Uuid, YearMonth } from './common';

/** A monthly budget: overall when `categoryId` is null, else for that category. */
export const Budget = z.object({
  id: z.uuid(),
  categoryId: z.uuid().nullable(),
  amountMinor: z.number().int(),
  currency: z
    .string()
    .describe(
      "The currency of amountMinor: the user's base currency. Changing it converts every budget at the latest rate",
    ),
  fromMonth: z
    .string()
    .nullable()
    .describe(
      'YYYY-MM: the month amountMinor applies from; earlier months keep the amount they had. amountMinor is the ' +
        'amount in effect in the month asked for (GET /budgets), else the newest amount. null: from the beginning ' +
        '(the amount the budget was created with)',
    ),
  rollover: z
    .boolean()
    .describe(
      "true: what was left (or overspent) at the end of each month carries into the next month's available amount",
    ),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Budget = z.infer<typeof Budget>;

/** A budget as it is in one month (GET /budgets?month=): its own amount, what carried into it, and the sum. */
export const BudgetInMonth = Budget.extend({
  carriedMinor: z
    .number()
    .int()
    .describe(
      'What carried into the month: the budget minus the spending (refunds lower it) of every earlier month since ' +
        'the budget started; negative when overspent. 0 when the budget does not roll over. In `currency`',
    ),
  availableMinor: z
    .number()
    .int()
    .describe('amountMinor + carriedMinor: what the month can spend; spending above it is over budget'),
});
export type BudgetInMonth = z.infer<typeof BudgetInMonth>;

export const BudgetList = z.object({ items: z.array(BudgetInMonth) });
export type BudgetList = z.infer<typeof BudgetList>;

export const BudgetListQuery = z.strictObject({
  month: YearMonth.optional().describe(
    "Month whose amounts to show, YYYY-MM (default: this month in the user's time zone). Budgets that start " +
      'later are left out',
  ),
});
export type BudgetListQuery = z.output<typeof BudgetListQuery>;

const FromMonth = YearMonth.optional().describe(
  'YYYY-MM: the amount applies from this month on; months before it keep the amount they had. Default: the ' +
    "current month in the user's time zone — or, for a new budget, every month (from the beginning)",
);

const Rollover = z
  .boolean()
  .optional()
  .describe(
    "Carry what was left (or overspent) at the end of each month into the next month's available amount. " +
      'Default: unchanged (off for a new budget)',
  );

/**
 * Create the budget for a category (or the overall one when `categoryId` is null), or set its amount from
 * `fromMonth` on.
 */
export const SetBudgetInput = z.strictObject({
  categoryId: Uuid.nullable(),
  amountMinor: AmountMinor,
  fromMonth: FromMonth,
  rollover: Rollover,
});
export type SetBudgetInput = z.input<typeof SetBudgetInput>;

export const UpdateBudgetInput = z.strictObject({
  amountMinor: AmountMinor,
  fromMonth: FromMonth,
  rollover: Rollover,
});
export type UpdateBudgetInput = z.input<typeof UpdateBudgetInput>;
