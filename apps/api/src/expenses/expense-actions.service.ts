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
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { BudgetAlertsService } from '../budget-alerts';
import { CategoriesRepository, UnknownCategoryError } from '../categories';
import { type Tx } from '../prisma/transaction';
import { type ActionRow, ExpenseActionsRepository } from './expense-actions.repository';
import {
  ExpensesNotFoundError,
  TooManyTagsError,
  UndoActionNotFoundError,
  UndoNotPossibleError,
} from './expense.errors';

const WINDOW_MS = UNDO_WINDOW_HOURS * 3_600_000;

/**
 * Bulk changes and deletes of a person's expenses, each kept for a day so it can be undone — from the toast, after
 * a reload, or from another device. All or nothing: one id that is not the caller's and nothing changes.
 */
@Injectable()
export class ExpenseActionsService {
  constructor(
    private readonly actions: ExpenseActionsRepository,
    private readonly categories: CategoriesRepository,
    private readonly alerts: BudgetAlertsService,
  ) {}

  /** Both apply and undo queue a budget-alerts check once committed (a category moved is spending moved). */
  async apply(user: AuthenticatedUser, { ids, action }: BulkExpense): Promise<BulkExpenseResult> {
    const result = await this.actions.transaction(async (tx) => {
      const owned = await this.actions.lockOwn(user.id, ids, tx);
      if (owned < ids.length) throw new ExpensesNotFoundError(ids.length - owned);
      if (action.kind === 'setCategory' && action.categoryId) {
        const mine = await this.categories.owns(user.id, action.categoryId, tx);
        if (!mine) throw new UnknownCategoryError('action.categoryId');
      }
      if (action.kind === 'addTag') {
        const full = await this.actions.fullOfTags(user.id, ids, action.tag, TAGS_MAX, tx);
        if (full > 0) throw new TooManyTagsError(full, TAGS_MAX);
      }
      const rows = await this.actions.apply(user.id, ids, action, tx);
      const undo = await this.remember(tx, user, action, rows);
      return { affected: rows.length, undo: toUndoable(undo) };
    });
    this.alerts.checkAfterSpendingChanged(user.id);
    return result;
  }

  /** The person's actions that can still be undone, newest first. */
  async undoable(user: AuthenticatedUser): Promise<UndoableActionList> {
    const rows = await this.actions.undoable(user.id, new Date(Date.now() - WINDOW_MS), 10);
    return { items: rows.map(toUndoable) };
  }

  /**
   * Puts the expenses back as the action found them, where its change is still in place (see UndoResult). Twice
   * is a 409: the row lock makes concurrent undos of one action wait for each other.
   */
  async undo(user: AuthenticatedUser, id: string): Promise<UndoResult> {
    const result = await this.actions.transaction(async (tx) => {
      const action = await this.actions.actionForUpdate(user.id, id, tx);
      if (!action) throw new UndoActionNotFoundError();
      if (action.undoneAt) throw new UndoNotPossibleError('undone');
      if (action.createdAt.getTime() < Date.now() - WINDOW_MS) throw new UndoNotPossibleError('expired');
      const restored = await this.actions.restore(user.id, action, tx);
      await this.actions.markUndone(id, new Date(), tx);
      return { restored, skipped: action.rows.length - restored };
    });
    this.alerts.checkAfterSpendingChanged(user.id);
    return result;
  }

  /** Keeps what the action changed, and forgets the person's actions older than the undo window. */
  private async remember(tx: Tx, user: AuthenticatedUser, action: BulkExpenseAction, rows: unknown[]) {
    await this.actions.forgetBefore(user.id, new Date(Date.now() - WINDOW_MS), tx);
    return this.actions.remember(user.id, action, rows, tx);
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
