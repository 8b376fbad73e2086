import { type Budget } from '@spendwise/contracts';

export interface BudgetRow {
  id: string;
  categoryId: string | null;
  amountMinor: number;
  currency: string;
  /** YYYY-MM: the month the newest amount applies from; null: from the beginning. */
  fromMonth: string | null;
  rollover: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export function toBudget(row: BudgetRow): Budget {
  return {
    id: row.id,
    categoryId: row.categoryId,
    amountMinor: row.amountMinor,
    currency: row.currency,
    fromMonth: row.fromMonth,
    rollover: row.rollover,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
