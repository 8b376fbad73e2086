import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { dbOf, inTransaction, rowsOf, type Tx } from '../prisma/transaction';
import { uuidV7 } from '../prisma/uuid-v7';
import { type BudgetsInMonthResult, budgetsInMonthQuery } from './budget-amounts.sql';
import { type BudgetRow } from './budget.mapper';
import {
  amountsToConvertQuery,
  type BudgetUpsert,
  type ConvertedAmount,
  convertAmountsSql,
  mirrorNewestAmountQuery,
  mirrorNewestAmountsSql,
  ownerForShareQuery,
  ownerOfBudgetForShareQuery,
  setRolloverSql,
  timeZoneQuery,
  upsertAmountSql,
  upsertBudgetQuery,
} from './budgets.sql';

export interface BudgetOwner {
  currency: string;
  timeZone: string;
}

export interface StoredAmount extends ConvertedAmount {
  currency: string;
}

/** Budgets and their amounts' history (budgets.sql.ts, budget-amounts.sql.ts). */
@Injectable()
export class BudgetsRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.prisma, work);
  }

  async inMonth(userId: string, month: string, tx?: Tx): Promise<BudgetsInMonthResult> {
    const [result] = await rowsOf<[BudgetsInMonthResult]>(
      this.prisma,
      budgetsInMonthQuery(userId, month),
      tx,
    );
    return result;
  }

  async timeZoneOf(userId: string, tx?: Tx): Promise<string | null> {
    const [owner] = await rowsOf<Array<{ timeZone: string }>>(this.prisma, timeZoneQuery(userId), tx);
    return owner?.timeZone ?? null;
  }

  /** Null when the user is gone. */
  async ownerForShare(userId: string, tx?: Tx): Promise<BudgetOwner | null> {
    const [owner] = await rowsOf<BudgetOwner[]>(this.prisma, ownerForShareQuery(userId), tx);
    return owner ?? null;
  }

  /** Null when the budget is not the user's. */
  async ownerOfBudgetForShare(userId: string, budgetId: string, tx?: Tx): Promise<BudgetOwner | null> {
    const [owner] = await rowsOf<BudgetOwner[]>(
      this.prisma,
      ownerOfBudgetForShareQuery(userId, budgetId),
      tx,
    );
    return owner ?? null;
  }

  async upsert(budget: Omit<BudgetUpsert, 'id'>, tx?: Tx): Promise<{ id: string; created: boolean }> {
    const [row] = await dbOf(this.prisma, tx).$queryRaw<Array<{ id: string; created: boolean }>>(
      upsertBudgetQuery({ id: uuidV7(), ...budget }),
    );
    return row!;
  }

  async setRollover(budgetId: string, rollover: boolean, tx?: Tx): Promise<void> {
    await dbOf(this.prisma, tx).$executeRaw(setRolloverSql(budgetId, rollover));
  }

  /**
   * Records `amountMinor` as the budget's amount from `fromMonth` (a month's first day, or '-infinity') on —
   * replacing an amount set from that same month — and mirrors the newest amount into the budgets row. The
   * budget's later amounts stay. Two statements: run it in a transaction.
   */
  async setAmountFrom(
    budgetId: string,
    fromMonth: string,
    amountMinor: number,
    currency: string,
    tx?: Tx,
  ): Promise<BudgetRow> {
    const db = dbOf(this.prisma, tx);
    await db.$executeRaw(upsertAmountSql(budgetId, fromMonth, amountMinor, currency));
    const [row] = await db.$queryRaw<BudgetRow[]>(mirrorNewestAmountQuery(budgetId));
    return row!;
  }

  /** How many rows went: 0 or 1. */
  async remove(userId: string, id: string, tx?: Tx): Promise<number> {
    const { count } = await dbOf(this.prisma, tx).budget.deleteMany({ where: { id, userId } });
    return count;
  }

  /** Every amount of every budget's history not in `to` yet, locked (FOR UPDATE) until the transaction ends. */
  amountsToConvert(userId: string, to: string, tx?: Tx): Promise<StoredAmount[]> {
    return rowsOf<StoredAmount[]>(this.prisma, amountsToConvertQuery(userId, to), tx);
  }

  /** Writes the converted amounts in `to`, then mirrors each budget's newest amount into its row. */
  async writeConverted(to: string, converted: readonly ConvertedAmount[], tx?: Tx): Promise<void> {
    const db = dbOf(this.prisma, tx);
    await db.$executeRaw(convertAmountsSql(to, converted));
    await db.$executeRaw(mirrorNewestAmountsSql([...new Set(converted.map((row) => row.budgetId))]));
  }
}
