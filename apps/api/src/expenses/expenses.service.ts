import { Injectable } from '@nestjs/common';
import { type CreateExpense, type Expense, type UpdateExpense } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { BudgetAlertsService } from '../budget-alerts';
import { CHALLENGE_INVALID_TOKEN } from '../auth/bearer-challenge';
import { UnauthenticatedError } from '../errors/domain-error';
import { isForeignKeyViolation } from '../errors/prisma-error.mapper';
import { type Tx } from '../prisma/transaction';
import { CategoriesRepository, UnknownCategoryError } from '../categories';
import { ExpenseNotFoundError, IdempotencyKeyReusedError, IdempotencyKeySpentError } from './expense.errors';
import { type ExpenseRow, fromIsoDate, toExpense, toIsoDate } from './expense.mapper';
import { ExpensesRepository } from './expenses.repository';

export interface CreatedExpense {
  expense: Expense;
  /** True when an earlier request with the same Idempotency-Key already created it. */
  replayed: boolean;
}

/** Creating, reading, changing and deleting one expense. Amounts are minor units in the user's currency. */
@Injectable()
export class ExpensesService {
  constructor(
    private readonly expenses: ExpensesRepository,
    private readonly categories: CategoriesRepository,
    private readonly alerts: BudgetAlertsService,
  ) {}

  /**
   * Each write that changes spending ends by queueing a budget-alerts check (after the answer, never failing it).
   *
   * With an Idempotency-Key, a retried request returns the expense the first one created instead of a
   * duplicate; the same key with a different body is a 409, and so is a key whose expense was deleted since (a
   * request the client gave up on may reach us after that delete; it must not bring the expense back). Requests
   * with one key are serialised by a transaction-scoped advisory lock, which the delete trigger on expenses takes
   * too (migration 20261126114500_expense_idempotency_tombstones), so each sees either the expense or its
   * tombstone. The unique index on the key stays as the last line of defence.
   */
  async create(
    user: AuthenticatedUser,
    input: CreateExpense,
    idempotencyKey?: string,
  ): Promise<CreatedExpense> {
    const { alertsWanted, ...created } = await this.createOnce(user, input, idempotencyKey);
    // The INSERT itself says whether the person wants alerts and has a budget: for most, no check to queue.
    if (alertsWanted) this.alerts.checkAfterSpendingChanged(user.id);
    return created;
  }

  private async createOnce(
    user: AuthenticatedUser,
    input: CreateExpense,
    idempotencyKey?: string,
  ): Promise<CreatedExpense & { alertsWanted: boolean }> {
    if (!idempotencyKey) {
      await this.assertOwnCategory(user, input.categoryId);
      return { ...(await this.insert(user, input)), replayed: false };
    }
    return this.expenses.transaction(async (tx) => {
      await this.expenses.lockIdempotencyKey(user.id, idempotencyKey, tx);
      const earlier = await this.expenses.byIdempotencyKey(user.id, idempotencyKey, tx);
      // A replay changed no spending: nothing to check.
      if (earlier) return { ...replay(earlier, input), alertsWanted: false };
      if (await this.expenses.keySpent(user.id, idempotencyKey, tx)) throw new IdempotencyKeySpentError();
      await this.assertOwnCategory(user, input.categoryId, tx);
      return { ...(await this.insert(user, input, idempotencyKey, tx)), replayed: false };
    });
  }

  private async insert(
    user: AuthenticatedUser,
    input: CreateExpense,
    idempotencyKey?: string,
    tx?: Tx,
  ): Promise<{ expense: Expense; alertsWanted: boolean }> {
    try {
      const row = await this.expenses.insert(user.id, input, idempotencyKey ?? null, tx);
      // No row: the user row was removed behind the API's back since this task last looked it up.
      if (!row) throw new UnauthenticatedError(CHALLENGE_INVALID_TOKEN);
      return { expense: toExpense(row), alertsWanted: row.alertsWanted };
    } catch (error) {
      // The category was deleted between the check and the insert.
      if (isForeignKeyViolation(error)) throw new UnknownCategoryError();
      throw error;
    }
  }

  async get(user: AuthenticatedUser, id: string): Promise<Expense> {
    const row = await this.expenses.findOwn(user.id, id);
    if (!row) throw new ExpenseNotFoundError();
    return toExpense(row);
  }

  async update(user: AuthenticatedUser, id: string, input: UpdateExpense): Promise<Expense> {
    await this.assertOwnCategory(user, input.categoryId);
    const row = await this.expenses
      .update(user.id, id, {
        ...(input.amountMinor !== undefined && { amountMinor: input.amountMinor }),
        ...(input.occurredOn !== undefined && { occurredOn: fromIsoDate(input.occurredOn) }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.merchant !== undefined && { merchant: input.merchant }),
        ...(input.note !== undefined && { note: input.note }),
        ...(input.tags !== undefined && { tags: input.tags }),
        ...(input.categoryId !== undefined && { categoryId: input.categoryId }),
      })
      .catch((error: unknown) => {
        throw isForeignKeyViolation(error) ? new UnknownCategoryError() : error;
      });
    this.alerts.checkAfterSpendingChanged(user.id);
    return toExpense(row);
  }

  /** Deleting can raise spending too (a refund). */
  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    if ((await this.expenses.remove(user.id, id)) === 0) throw new ExpenseNotFoundError();
    this.alerts.checkAfterSpendingChanged(user.id);
  }

  /** `tx`: the transaction inside one, so a transaction never waits on a second pooled connection. */
  private async assertOwnCategory(
    user: AuthenticatedUser,
    categoryId: string | null | undefined,
    tx?: Tx,
  ): Promise<void> {
    if (!categoryId) return;
    if (!(await this.categories.owns(user.id, categoryId, tx))) throw new UnknownCategoryError();
  }
}

/** The earlier expense if this request is a true retry of the one that created it. */
function replay(earlier: ExpenseRow, input: CreateExpense): CreatedExpense {
  const sameRequest =
    earlier.amountMinor === input.amountMinor &&
    toIsoDate(earlier.occurredOn) === input.occurredOn &&
    earlier.description === input.description &&
    earlier.merchant === (input.merchant ?? null) &&
    earlier.note === (input.note ?? null) &&
    earlier.categoryId === (input.categoryId ?? null) &&
    JSON.stringify(earlier.tags ?? []) === JSON.stringify(input.tags ?? []);
  if (!sameRequest) throw new IdempotencyKeyReusedError();
  return { expense: toExpense(earlier), replayed: true };
}
