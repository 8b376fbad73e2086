import { Injectable } from '@nestjs/common';
import { type CreateExpense, type Expense, type UpdateExpense } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { BudgetAlertsService } from '../budget-alerts/budget-alerts.service';
import { CHALLENGE_INVALID_TOKEN } from '../auth/bearer-challenge';
import { UnauthenticatedError } from '../errors/domain-error';
import { isForeignKeyViolation } from '../errors/prisma-error.mapper';
import { type PrismaClient } from '@spendwise/db';
import { PrismaService } from '../prisma/prisma.service';
import { UnknownCategoryError } from '../categories/category.errors';
import { ExpenseNotFoundError, IdempotencyKeyReusedError, IdempotencyKeySpentError } from './expense.errors';
import { insertExpenseSql } from './expense-insert.sql';
import { type ExpenseRow, fromIsoDate, toExpense, toIsoDate } from './expense.mapper';
import { uuidV7 } from '../prisma/uuid-v7';

export interface CreatedExpense {
  expense: Expense;
  /** True when an earlier request with the same Idempotency-Key already created it. */
  replayed: boolean;
}

/** Creating, reading, changing and deleting one expense. Amounts are minor units in the user's currency. */
@Injectable()
export class ExpensesService {
  constructor(
    private readonly prisma: PrismaService,
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
    const created = await this.createOnce(user, input, idempotencyKey);
    if (!created.replayed) this.alerts.checkAfterSpendingChanged(user.id);
    return created;
  }

  private async createOnce(
    user: AuthenticatedUser,
    input: CreateExpense,
    idempotencyKey?: string,
  ): Promise<CreatedExpense> {
    if (!idempotencyKey) {
      await this.assertOwnCategory(user, input.categoryId);
      return { expense: await this.insert(this.prisma.client, user, input), replayed: false };
    }
    return this.prisma.client.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${user.id}::text || ':' || ${idempotencyKey}::text, 0))`;
      const earlier = await tx.expense.findUnique({
        where: { userId_idempotencyKey: { userId: user.id, idempotencyKey } },
      });
      if (earlier) return replay(earlier, input);
      const spent = await tx.expenseIdempotencyTombstone.count({
        where: { userId: user.id, idempotencyKey },
      });
      if (spent) throw new IdempotencyKeySpentError();
      await this.assertOwnCategory(user, input.categoryId, tx);
      return { expense: await this.insert(tx, user, input, idempotencyKey), replayed: false };
    });
  }

  private async insert(
    db: Pick<PrismaClient, '$queryRaw'>,
    user: AuthenticatedUser,
    input: CreateExpense,
    idempotencyKey?: string,
  ): Promise<Expense> {
    try {
      const [row] = await db.$queryRaw<ExpenseRow[]>(
        insertExpenseSql({ id: uuidV7(), userId: user.id, input, idempotencyKey: idempotencyKey ?? null }),
      );
      // No row: the user row was removed behind the API's back since this task last looked it up.
      if (!row) throw new UnauthenticatedError(CHALLENGE_INVALID_TOKEN);
      return toExpense(row);
    } catch (error) {
      // The category was deleted between the check and the insert.
      if (isForeignKeyViolation(error)) throw new UnknownCategoryError();
      throw error;
    }
  }

  async get(user: AuthenticatedUser, id: string): Promise<Expense> {
    const row = await this.prisma.client.expense.findFirst({ where: { id, userId: user.id } });
    if (!row) throw new ExpenseNotFoundError();
    return toExpense(row);
  }

  async update(user: AuthenticatedUser, id: string, input: UpdateExpense): Promise<Expense> {
    await this.assertOwnCategory(user, input.categoryId);
    const row = await this.prisma.client.expense
      .update({
        where: { id, userId: user.id },
        data: {
          ...(input.amountMinor !== undefined && { amountMinor: input.amountMinor }),
          ...(input.occurredOn !== undefined && { occurredOn: fromIsoDate(input.occurredOn) }),
          ...(input.description !== undefined && { description: input.description }),
          ...(input.merchant !== undefined && { merchant: input.merchant }),
          ...(input.note !== undefined && { note: input.note }),
          ...(input.tags !== undefined && { tags: input.tags }),
          ...(input.categoryId !== undefined && { categoryId: input.categoryId }),
        },
      })
      .catch((error: unknown) => {
        throw isForeignKeyViolation(error) ? new UnknownCategoryError() : error;
      });
    this.alerts.checkAfterSpendingChanged(user.id);
    return toExpense(row);
  }

  /** Deleting can raise spending too (a refund). */
  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    const { count } = await this.prisma.client.expense.deleteMany({ where: { id, userId: user.id } });
    if (count === 0) throw new ExpenseNotFoundError();
    this.alerts.checkAfterSpendingChanged(user.id);
  }

  /** `db`: the transaction's client inside one, so a transaction never waits on a second pooled connection. */
  private async assertOwnCategory(
    user: AuthenticatedUser,
    categoryId: string | null | undefined,
    db: Pick<PrismaClient, 'category'> = this.prisma.client,
  ): Promise<void> {
    if (!categoryId) return;
    const owned = await db.category.count({ where: { id: categoryId, userId: user.id } });
    if (!owned) throw new UnknownCategoryError();
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
