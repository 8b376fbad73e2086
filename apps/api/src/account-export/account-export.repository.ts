import { Injectable } from '@nestjs/common';
import type { BudgetRow } from '../budgets';
import type { CategoryRow } from '../categories';
import { PrismaService } from '../prisma/prisma.service';
import { dbOf, type Tx } from '../prisma/transaction';
import { budgetPageQuery, categoryPageQuery } from './account-export.sql';

export interface BudgetExportRow extends BudgetRow {
  categoryName: string | null;
}

/** The account export's own reads (the other tables are read through their features' services). */
@Injectable()
export class AccountExportRepository {
  constructor(private readonly prisma: PrismaService) {}

  categoryPage(userId: string, after: string | null, limit: number, tx?: Tx): Promise<CategoryRow[]> {
    return dbOf(this.prisma, tx).$queryRaw<CategoryRow[]>(categoryPageQuery(userId, after, limit));
  }

  budgetPage(userId: string, after: string | null, limit: number, tx?: Tx): Promise<BudgetExportRow[]> {
    return dbOf(this.prisma, tx).$queryRaw<BudgetExportRow[]>(budgetPageQuery(userId, after, limit));
  }
}
