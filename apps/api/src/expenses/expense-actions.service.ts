import { Injectable } from '@nestjs/common';
import {
  type BulkExpense,
  type BulkExpenseAction,
  type BulkExpenseResult,
  TAGS_MAX,
  UNDO_WINDOW_HOURS,
  type UndoableAction,
  type UndoableActionList,
  type UndoResult,
} from '@spendwise/contracts';
import { type Prisma } from '@spendwise/db';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { BudgetAlertsService } from '../budget-alerts/budget-alerts.service';
import { UnknownCategoryError } from '../categories/category.errors';
import { PrismaService } from '../prisma/prisma.service';
import {
  changeReturningSql,
  type ChangedRow,
  deleteReturningSql,
  fullOfTagsSql,
  lockOwnSql,
  restoreChangedSql,
  restoreDeletedSql,
} from './expense-actions.sql';
import {
  ExpensesNotFoundError,
  TooManyTagsError,
  UndoActionNotFoundError,
  UndoNotPossibleError,
} from './expense.errors';

type Tx = Prisma.TransactionClient;

interface ActionRow {
  id: string;
  kind: UndoableAction['kind'];
  count: number;
  createdAt: Date;
}

const WINDOW_MS = UNDO_WINDOW_HOURS * 3_600_000;

/**
 * Bulk changes and deletes of a person's expenses, each kept for a day so it can be undone — from the toast, after
 * a reload, or from another device. All or nothing: one id that is not the caller's and nothing changes.
 */
@Injectable()
export class ExpenseActionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly alerts: BudgetAlertsService,
  ) {}

  /** Both apply and undo queue a budget-alerts check once committed (a category moved is spending moved). */
  async apply(user: AuthenticatedUser, { ids, action }: BulkExpense): Promise<BulkExpenseResult> {
    const result = await this.prisma.client.$transaction(async (tx) => {
      const [{ owned }] = await tx.$queryRaw<[{ owned: number }]>(lockOwnSql(user.id, ids));
      if (owned < ids.length) throw new ExpensesNotFoundError(ids.length - owned);
      if (action.kind === 'setCategory' && action.categoryId) {
        const mine = await tx.category.count({ where: { id: action.categoryId, userId: user.id } });
        if (!mine) throw new UnknownCategoryError('action.categoryId');
      }
      if (action.kind === 'addTag') {
        const [{ full }] = await tx.$queryRaw<[{ full: number }]>(
          fullOfTagsSql(user.id, ids, action.tag, TAGS_MAX),
        );
        if (full > 0) throw new TooManyTagsError(full, TAGS_MAX);
      }
      const [{ rows }] = await tx.$queryRaw<[{ rows: unknown[] }]>(
        action.kind === 'delete'
          ? deleteReturningSql(user.id, ids)
          : changeReturningSql(user.id, ids, action),
      );
      const undo = await this.remember(tx, user, action, rows);
      return { affected: rows.length, undo: toUndoable(undo) };
    });
    this.alerts.checkAfterSpendingChanged(user.id);
    return result;
  }

  /** The person's actions that can still be undone, newest first. */
  async undoable(user: AuthenticatedUser): Promise<UndoableActionList> {
    const rows = await this.prisma.client.expenseUndoAction.findMany({
      where: { userId: user.id, undoneAt: null, createdAt: { gt: new Date(Date.now() - WINDOW_MS) } },
      orderBy: { createdAt: 'desc' },
      take: 10,
      select: { id: true, kind: true, count: true, createdAt: true },
    });
    return { items: rows.map((row) => toUndoable(row as ActionRow)) };
  }

  /**
   * Puts the expenses back as the action found them, where its change is still in place (see UndoResult). Twice
   * is a 409: the row lock makes concurrent undos of one action wait for each other.
   */
  async undo(user: AuthenticatedUser, id: string): Promise<UndoResult> {
    const result = await this.prisma.client.$transaction(async (tx) => {
      const [action] = await tx.$queryRaw<
        Array<{ action: BulkExpenseAction; rows: unknown[]; undoneAt: Date | null; createdAt: Date }>
      >`
        SELECT action, rows, undone_at AS "undoneAt", created_at AS "createdAt" FROM expense_undo_actions
        WHERE id = ${id}::uuid AND user_id = ${user.id}::uuid FOR UPDATE`;
      if (!action) throw new UndoActionNotFoundError();
      if (action.undoneAt) throw new UndoNotPossibleError('undone');
      if (action.createdAt.getTime() < Date.now() - WINDOW_MS) throw new UndoNotPossibleError('expired');
      const [{ restored }] = await tx.$queryRaw<[{ restored: number }]>(
        action.action.kind === 'delete'
          ? restoreDeletedSql(user.id, action.rows)
          : restoreChangedSql(user.id, action.action, action.rows as ChangedRow[]),
      );
      await tx.expenseUndoAction.update({ where: { id }, data: { undoneAt: new Date() } });
      return { restored, skipped: action.rows.length - restored };
    });
    this.alerts.checkAfterSpendingChanged(user.id);
    return result;
  }

  /** Keeps what the action changed, and forgets the person's actions older than the undo window. */
  private async remember(tx: Tx, user: AuthenticatedUser, action: BulkExpenseAction, rows: unknown[]) {
    await tx.expenseUndoAction.deleteMany({
      where: { userId: user.id, createdAt: { lt: new Date(Date.now() - WINDOW_MS) } },
    });
    return tx.expenseUndoAction.create({
      data: {
        userId: user.id,
        kind: action.kind,
        action: action as Prisma.InputJsonValue,
        count: rows.length,
        rows: rows as Prisma.InputJsonValue,
      },
      select: { id: true, kind: true, count: true, createdAt: true },
    }) as Promise<ActionRow>;
  }
}

function toUndoable(row: ActionRow): UndoableAction {
  return {
    id: row.id,
    kind: row.kind,
    count: row.count,
    createdAt: row.createdAt.toISOString(),
    expiresAt: new Date(row.createdAt.getTime() + WINDOW_MS).toISOString(),
  };
}
