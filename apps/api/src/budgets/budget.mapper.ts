import { type Budget } from '@spendwise/contracts';

export interface BudgetRow {
  id: string;
  categoryId: string | null;
  amountMinor: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Budgets are in the user's current currency (they hold no currency of their own). */
export function toBudget(row: BudgetRow, currency: string): Budget {
  return {
    id: row.id,
    categoryId: row.categoryId,
    amountMinor: row.amountMinor,
    currency,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
