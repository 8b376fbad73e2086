import { Injectable } from '@nestjs/common';
import { type CreateExpense, type Expense, type UpdateExpense } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { isForeignKeyViolation, isUniqueViolation } from '../errors/prisma-error.mapper';
import { PrismaService } from '../prisma/prisma.service';
import { UnknownCategoryError } from '../categories/category.errors';
import { ExpenseNotFoundError, IDEMPOTENCY_KEY_INDEX, IdempotencyKeyReusedError } from './expense.errors';
import { type ExpenseRow, fromIsoDate, toExpense, toIsoDate } from './expense.mapper';

export interface CreatedExpense {
  expense: Expense;
  /** True when an earlier request with the same Idempotency-Key already created it. */
  replayed: boolean;
}

/** Creating, reading, changing and deleting one expense. Amounts are minor units in the user's currency. */
@Injectable()
export class ExpensesService {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * With an Idempotency-Key, a retried request returns the expense the first one created instead of a
   * duplicate; the same key with a different body is a 409. Two concurrent requests with one key are settled by
   * the unique index: one inserts, the other finds its row.
   */
  async create(
    user: AuthenticatedUser,
    input: CreateExpense,
    idempotencyKey?: string,
  ): Promise<CreatedExpense> {
    if (idempotencyKey) {
      const earlier = await this.findByIdempotencyKey(user, idempotencyKey);
      if (earlier) return replay(earlier, input);
    }
    await this.assertOwnCategory(user, input.categoryId);
    try {
      const row = await this.prisma.client.expense.create({
        data: {
          userId: user.id,
          currency: user.currency,
          amountMinor: input.amountMinor,
          occurredOn: fromIsoDate(input.occurredOn),
          description: input.description,
          merchant: input.merchant ?? null,
          note: input.note ?? null,
          tags: input.tags ?? [],
          categoryId: input.categoryId ?? null,
          idempotencyKey: idempotencyKey ?? null,
        },
      });
      return { expense: toExpense(row), replayed: false };
    } catch (error) {
      if (idempotencyKey && isUniqueViolation(error, IDEMPOTENCY_KEY_INDEX)) {
        return replay((await this.findByIdempotencyKey(user, idempotencyKey))!, input);
      }
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
    return toExpense(row);
  }

  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    const { count } = await this.prisma.client.expense.deleteMany({ where: { id, userId: user.id } });
    if (count === 0) throw new ExpenseNotFoundError();
  }

  private findByIdempotencyKey(user: AuthenticatedUser, idempotencyKey: string): Promise<ExpenseRow | null> {
    return this.prisma.client.expense.findUnique({
      where: { userId_idempotencyKey: { userId: user.id, idempotencyKey } },
    });
  }

  private async assertOwnCategory(
    user: AuthenticatedUser,
    categoryId: string | null | undefined,
  ): Promise<void> {
    if (!categoryId) return;
    const owned = await this.prisma.client.category.count({ where: { id: categoryId, userId: user.id } });
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
