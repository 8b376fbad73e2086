import { Injectable } from '@nestjs/common';
import {
  type Budget,
  type BudgetList,
  type SetBudgetInput,
  type UpdateBudgetInput,
} from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { UnknownCategoryError } from '../categories/category.errors';
import { isForeignKeyViolation } from '../errors/prisma-error.mapper';
import { PrismaService } from '../prisma/prisma.service';
import { uuidV7 } from '../prisma/uuid-v7';
import { UsersService } from '../users/users.service';
import { BudgetNotFoundError } from './budget.errors';
import { type BudgetRow, toBudget } from './budget.mapper';

export interface SetBudgetResult {
  budget: Budget;
  created: boolean;
}

/** Monthly budgets: at most one overall (categoryId null) and one per category, per user. */
@Injectable()
export class BudgetsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersService,
  ) {}

  /** Budgets are amounts in the user's current currency, which is read alongside (it can change any time). */
  async list(user: AuthenticatedUser): Promise<BudgetList> {
    const [rows, { currency }] = await Promise.all([
      this.prisma.client.budget.findMany({
        where: { userId: user.id },
        // PostgreSQL sorts NULLs last in ascending order; the overall budget (no category) should come first.
        orderBy: [{ categoryId: { sort: 'asc', nulls: 'first' } }],
      }),
      this.users.preferencesOf(user),
    ]);
    return { items: rows.map((row) => toBudget(row, currency)) };
  }

  /**
   * Creates or replaces the budget for a category (or the overall one) in one atomic statement: the unique index
   * on (user_id, category_id) treats NULLs as equal, so ON CONFLICT also catches a second overall budget.
   */
  async set(user: AuthenticatedUser, input: SetBudgetInput): Promise<SetBudgetResult> {
    if (input.categoryId) {
      const owned = await this.prisma.client.category.count({
        where: { id: input.categoryId, userId: user.id },
      });
      if (!owned) throw new UnknownCategoryError();
    }
    const upsert = this.prisma.client.$queryRaw<Array<BudgetRow & { created: boolean }>>`
      INSERT INTO budgets (id, user_id, category_id, amount_minor, created_at, updated_at)
      VALUES (${uuidV7()}::uuid, ${user.id}::uuid, ${input.categoryId}::uuid, ${input.amountMinor}, now(), now())
      ON CONFLICT (user_id, category_id)
        DO UPDATE SET amount_minor = EXCLUDED.amount_minor, updated_at = now()
      RETURNING id, category_id AS "categoryId", amount_minor AS "amountMinor", created_at AS "createdAt",
        updated_at AS "updatedAt", (xmax = 0) AS created`.catch((error: unknown) => {
      // The category was deleted between the check and the insert.
      throw isForeignKeyViolation(error) ? new UnknownCategoryError() : error;
    });
    const [[row], { currency }] = await Promise.all([upsert, this.users.preferencesOf(user)]);
    return { budget: toBudget(row!, currency), created: row!.created };
  }

  async update(user: AuthenticatedUser, id: string, input: UpdateBudgetInput): Promise<Budget> {
    const [row, { currency }] = await Promise.all([
      this.prisma.client.budget.update({
        where: { id, userId: user.id },
        data: { amountMinor: input.amountMinor },
      }),
      this.users.preferencesOf(user),
    ]);
    return toBudget(row, currency);
  }

  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    const { count } = await this.prisma.client.budget.deleteMany({ where: { id, userId: user.id } });
    if (count === 0) throw new BudgetNotFoundError();
  }
}
