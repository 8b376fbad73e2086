import { z } from 'zod';
import { AmountMinor, Uuid } from './common';

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
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Budget = z.infer<typeof Budget>;

export const BudgetList = z.object({ items: z.array(Budget) });
export type BudgetList = z.infer<typeof BudgetList>;

/** Create or replace the budget for a category (or the overall one when `categoryId` is null). */
export const SetBudgetInput = z.strictObject({
  categoryId: Uuid.nullable(),
  amountMinor: AmountMinor,
});
export type SetBudgetInput = z.input<typeof SetBudgetInput>;

export const UpdateBudgetInput = z.strictObject({ amountMinor: AmountMinor });
export type UpdateBudgetInput = z.input<typeof UpdateBudgetInput>;
