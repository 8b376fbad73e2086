import { type Category } from '@spendwise/contracts';

export interface CategoryRow {
  id: string;
  name: string;
  color: string;
  createdAt: Date;
}

export function toCategory(row: CategoryRow): Category {
  return { id: row.id, name: row.name, color: row.color, createdAt: row.createdAt.toISOString() };
}
