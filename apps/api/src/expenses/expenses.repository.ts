import { Injectable } from '@nestjs/common';
import { type CreateExpense } from '@spendwise/contracts';
import { PrismaService } from '../prisma/prisma.service';
import { dbOf, inTransaction, rowsOf, type Tx } from '../prisma/transaction';
import { uuidV7 } from '../prisma/uuid-v7';
import { type ExpenseFilters } from '@spendwise/contracts';
import { summaryGroupsQuery } from './expense-filters.sql';
import { idempotencyLockSql, type InsertedExpenseRow, insertExpenseSql } from './expense-insert.sql';
import { expensePageSql, type PageQuery } from './expense-order.sql';
import { type ExpenseRow } from './expense.mapper';

/** The fields of an expense a change may set (only those present are written). */
export interface ExpenseChanges {
  amountMinor?: number;
  occurredOn?: Date;
  description?: string;
  merchant?: string | null;
  note?: string | null;
  tags?: string[];
  categoryId?: string | null;
}

/** One row of summaryGroupsQuery: a currency's total, per day when it is not the base currency. */
export interface SummaryGroup {
  currency: string;
  date: string | null;
  totalMinor: number;
  count: number;
}

/** A person's expenses one by one, and their filtered, ordered pages (expense-*.sql.ts). */
@Injectable()
export class ExpensesRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.prisma, work);
  }

  async lockIdempotencyKey(userId: string, idempotencyKey: string, tx?: Tx): Promise<void> {
    await dbOf(this.prisma, tx).$executeRaw(idempotencyLockSql(userId, idempotencyKey));
  }

  byIdempotencyKey(userId: string, idempotencyKey: string, tx?: Tx): Promise<ExpenseRow | null> {
    return dbOf(this.prisma, tx).expense.findUnique({
      where: { userId_idempotencyKey: { userId, idempotencyKey } },
    });
  }

  /** Whether the key's expense was created and deleted since (its tombstone). */
  async keySpent(userId: string, idempotencyKey: string, tx?: Tx): Promise<boolean> {
    const spent = await dbOf(this.prisma, tx).expenseIdempotencyTombstone.count({
      where: { userId, idempotencyKey },
    });
    return spent > 0;
  }

  /**
   * The stored row, with whether it can need a budget alert; none when the user row is gone. Outside a transaction through `queryRows` like the reads: the
   * statement returns the row, and Prisma's raw layer was most of a POST's own CPU (BENCHMARKS.md, "Per-request
   * framework cost"). The one failure the service inspects, a foreign-key violation, is recognised in both shapes.
   */
  async insert(
    userId: string,
    input: CreateExpense,
    idempotencyKey: string | null,
    tx?: Tx,
  ): Promise<InsertedExpenseRow | null> {
    const [row] = await rowsOf<InsertedExpenseRow[]>(
      this.prisma,
      insertExpenseSql({ id: uuidV7(), userId, input, idempotencyKey }),
      tx,
    );
    return row ?? null;
  }

  findOwn(userId: string, id: string, tx?: Tx): Promise<ExpenseRow | null> {
    return dbOf(this.prisma, tx).expense.findFirst({ where: { id, userId } });
  }

  /** Prisma's P2025 (mapped to 404 with the other Prisma errors) when the user has no such expense. */
  update(userId: string, id: string, changes: ExpenseChanges, tx?: Tx): Promise<ExpenseRow> {
    return dbOf(this.prisma, tx).expense.update({ where: { id, userId }, data: changes });
  }

  /** How many rows went: 0 or 1. */
  async remove(userId: string, id: string, tx?: Tx): Promise<number> {
    const { count } = await dbOf(this.prisma, tx).expense.deleteMany({ where: { id, userId } });
    return count;
  }

  async summaryGroups(
    userId: string,
    filters: ExpenseFilters,
    base: string,
    tx?: Tx,
  ): Promise<SummaryGroup[]> {
    const [{ groups }] = await rowsOf<[{ groups: SummaryGroup[] | null }]>(
      this.prisma,
      summaryGroupsQuery(userId, filters, base),
      tx,
    );
    return groups ?? [];
  }

  /** One keyset page (expense-order.sql.ts). */
  page<Row extends ExpenseRow>(query: PageQuery, tx?: Tx): Promise<Row[]> {
    return rowsOf<Row[]>(this.prisma, expensePageSql(query), tx);
  }
}
