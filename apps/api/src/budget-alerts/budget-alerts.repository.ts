import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { dbOf, rowsOf, type Tx } from '../prisma/transaction';
import {
  type AlertRecipientRow,
  claimQuery,
  type MonthSpendingRow,
  monthSpendingQuery,
  recipientQuery,
  releaseQuery,
} from './budget-alerts.sql';

/** The statements of budget alerts (budget-alerts.sql.ts): who gets them, the month's spending, claims. */
@Injectable()
export class BudgetAlertsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async recipient(userId: string, tx?: Tx): Promise<AlertRecipientRow | null> {
    const [row] = await rowsOf<AlertRecipientRow[]>(this.prisma, recipientQuery(userId), tx);
    return row ?? null;
  }

  async monthSpending(userId: string, currency: string, start: string, tx?: Tx): Promise<MonthSpendingRow> {
    const [row] = await rowsOf<[MonthSpendingRow]>(
      this.prisma,
      monthSpendingQuery(userId, currency, start),
      tx,
    );
    return row;
  }

  /** The thresholds this call claimed: those no other check had claimed for the budget and month. */
  async claim(
    userId: string,
    budgetId: string,
    start: string,
    reached: number[],
    tx?: Tx,
  ): Promise<number[]> {
    const rows = await dbOf(this.prisma, tx).$queryRaw<Array<{ threshold: number }>>(
      claimQuery(userId, budgetId, start, reached),
    );
    return rows.map((row) => row.threshold);
  }

  async release(budgetId: string, start: string, claimed: number[], tx?: Tx): Promise<void> {
    await dbOf(this.prisma, tx).$executeRaw(releaseQuery(budgetId, start, claimed));
  }
}
