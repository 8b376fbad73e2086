import { Injectable } from '@nestjs/common';
import type { BudgetRow } from '../budgets';
import type { CategoryRow } from '../categories';
import { PrismaService } from '../prisma/prisma.service';
import { rowsOf, type Tx } from '../prisma/transaction';
import { budgetPageQuery, categoryPageQuery } from './account-export.sql';

export interface BudgetExportRow extends BudgetRow {
  categoryName: string | null;
}

/** The account export's own reads (the other tables are read through their features' services). */
@Injectable()
export class AccountExportRepository {
  constructor(private readonly prisma: PrismaService) {}

  categoryPage(userId: string, after: string | null, limit: number, tx?: Tx): Promise<CategoryRow[]> {
    return rowsOf<CategoryRow[]>(this.prisma, categoryPageQuery(userId, after, limit), tx);
  }

  budgetPage(userId: string, after: string | null, limit: number, tx?: Tx): Promise<BudgetExportRow[]> {
    return rowsOf<BudgetExportRow[]>(this.prisma, budgetPageQuery(userId, after, limit), tx);
  }
}
