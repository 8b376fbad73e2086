import { Injectable } from '@nestjs/common';
import { type BulkExpenseAction, type UndoableAction } from '@spendwise/contracts';
import { type Prisma } from '@spendwise/db';
import { PrismaService } from '../prisma/prisma.service';
import { dbOf, inTransaction, rowsOf, type Tx } from '../prisma/transaction';
import {
  changeReturningSql,
  type ChangedRow,
  deleteReturningSql,
  fullOfTagsSql,
  lockOwnSql,
  restoreChangedSql,
  restoreDeletedSql,
  undoActionForUpdateQuery,
} from './expense-actions.sql';

/** An undoable action as listed. */
export interface ActionRow {
  id: string;
  kind: UndoableAction['kind'];
  count: number;
  createdAt: Date;
}

/** An undoable action with what it changed, as undo reads it. */
export interface StoredAction {
  action: BulkExpenseAction;
  rows: unknown[];
  undoneAt: Date | null;
  createdAt: Date;
}

const ACTION_COLUMNS = { id: true, kind: true, count: true, createdAt: true } as const;

/** Bulk changes of expenses and the undo log that can put them back (expense-actions.sql.ts). */
@Injectable()
export class ExpenseActionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.prisma, work);
  }

  /** Locks the named expenses of the person until the transaction ends; how many of them are theirs. */
  async lockOwn(userId: string, ids: string[], tx?: Tx): Promise<number> {
    const [{ owned }] = await rowsOf<[{ owned: number }]>(this.prisma, lockOwnSql(userId, ids), tx);
    return owned;
  }

  async fullOfTags(userId: string, ids: string[], tag: string, max: number, tx?: Tx): Promise<number> {
    const [{ full }] = await rowsOf<[{ full: number }]>(
      this.prisma,
      fullOfTagsSql(userId, ids, tag, max),
      tx,
    );
    return full;
  }

  /** Applies the action; returns what undo needs to put each affected expense back. */
  async apply(userId: string, ids: string[], action: BulkExpenseAction, tx?: Tx): Promise<unknown[]> {
    const [{ rows }] = await dbOf(this.prisma, tx).$queryRaw<[{ rows: unknown[] }]>(
      action.kind === 'delete' ? deleteReturningSql(userId, ids) : changeReturningSql(userId, ids, action),
    );
    return rows;
  }

  /** Forgets the person's actions created before `cutoff`. */
  async forgetBefore(userId: string, cutoff: Date, tx?: Tx): Promise<void> {
    await dbOf(this.prisma, tx).expenseUndoAction.deleteMany({
      where: { userId, createdAt: { lt: cutoff } },
    });
  }

  remember(userId: string, action: BulkExpenseAction, rows: unknown[], tx?: Tx): Promise<ActionRow> {
    return dbOf(this.prisma, tx).expenseUndoAction.create({
      data: {
        userId,
        kind: action.kind,
        action: action as Prisma.InputJsonValue,
        count: rows.length,
        rows: rows as Prisma.InputJsonValue,
      },
      select: ACTION_COLUMNS,
    }) as Promise<ActionRow>;
  }

  /** The person's actions created after `since` and not undone, newest first. */
  undoable(userId: string, since: Date, take: number, tx?: Tx): Promise<ActionRow[]> {
    return dbOf(this.prisma, tx).expenseUndoAction.findMany({
      where: { userId, undoneAt: null, createdAt: { gt: since } },
      orderBy: { createdAt: 'desc' },
      take,
      select: ACTION_COLUMNS,
    }) as Promise<ActionRow[]>;
  }

  /** The person's action, locked until the transaction ends; null when it is not theirs. */
  async actionForUpdate(userId: string, id: string, tx?: Tx): Promise<StoredAction | null> {
    const [action] = await rowsOf<StoredAction[]>(this.prisma, undoActionForUpdateQuery(userId, id), tx);
    return action ?? null;
  }

  /** Puts back the rows where the action's change is still in place; how many were. */
  async restore(userId: string, action: StoredAction, tx?: Tx): Promise<number> {
    const [{ restored }] = await dbOf(this.prisma, tx).$queryRaw<[{ restored: number }]>(
      action.action.kind === 'delete'
        ? restoreDeletedSql(userId, action.rows)
        : restoreChangedSql(userId, action.action, action.rows as ChangedRow[]),
    );
    return restored;
  }

  async markUndone(id: string, at: Date, tx?: Tx): Promise<void> {
    await dbOf(this.prisma, tx).expenseUndoAction.update({ where: { id }, data: { undoneAt: at } });
  }
}
