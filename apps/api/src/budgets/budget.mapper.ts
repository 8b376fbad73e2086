import { type Budget } from '@spendwise/contracts';

export interface BudgetRow {
  id: string;
  categoryId: string | null;
  amountMinor: number;
  currency: string;
  createdAt: Date;
  updatedAt: Date;
}

export function toBudget(row: BudgetRow): Budget {
  return {
    id: row.id,
    categoryId: row.categoryId,
    amountMinor: row.amountMinor,
    currency: row.currency,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
