import { Injectable } from '@nestjs/common';
import {
  type Budget,
  type BudgetList,
  convertMinor,
  MAX_AMOUNT_MINOR,
  type SetBudgetInput,
  type UpdateBudgetInput,
} from '@spendwise/contracts';
import { Prisma } from '@spendwise/db';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CHALLENGE_INVALID_TOKEN } from '../auth/bearer-challenge';
import { UnknownCategoryError } from '../categories/category.errors';
import { UnauthenticatedError } from '../errors/domain-error';
import { isForeignKeyViolation } from '../errors/prisma-error.mapper';
import { ExchangeRatesService } from '../exchange-rates/exchange-rates.service';
import { PrismaService } from '../prisma/prisma.service';
import { uuidV7 } from '../prisma/uuid-v7';
import { BudgetNotFoundError, BudgetsNotConvertibleError } from './budget.errors';
import { type BudgetRow, toBudget } from './budget.mapper';

export interface SetBudgetResult {
  budget: Budget;
  created: boolean;
}

const RETURNING = Prisma.sql`id, category_id AS "categoryId", amount_minor AS "amountMinor", currency,
  created_at AS "createdAt", updated_at AS "updatedAt"`;

/**
 * Monthly budgets: at most one overall (categoryId null) and one per category, per user. A budget is in the currency
 * its owner had when it was set, stored with it; a currency change converts every budget ({@link convertAll}).
 * Writes read the owner's currency in the same statement with FOR SHARE, so a write racing a currency change waits
 * for it and is never left in the old currency.
 */
@Injectable()
export class BudgetsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly rates: ExchangeRatesService,
  ) {}

  async list(user: AuthenticatedUser): Promise<BudgetList> {
    const rows = await this.prisma.client.budget.findMany({
      where: { userId: user.id },
      // PostgreSQL sorts NULLs last in ascending order; the overall budget (no category) should come first.
      orderBy: [{ categoryId: { sort: 'asc', nulls: 'first' } }],
    });
    return { items: rows.map(toBudget) };
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
    const [row] = await this.prisma.client.$queryRaw<Array<BudgetRow & { created: boolean }>>`
      WITH owner AS (SELECT currency FROM users WHERE id = ${user.id}::uuid FOR SHARE)
      INSERT INTO budgets (id, user_id, category_id, amount_minor, currency, created_at, updated_at)
      SELECT ${uuidV7()}::uuid, ${user.id}::uuid, ${input.categoryId}::uuid, ${input.amountMinor}, owner.currency,
        now(), now()
      FROM owner
      ON CONFLICT (user_id, category_id)
        DO UPDATE SET amount_minor = EXCLUDED.amount_minor, currency = EXCLUDED.currency, updated_at = now()
      RETURNING ${RETURNING}, (xmax = 0) AS created`.catch((error: unknown) => {
      // The category was deleted between the check and the insert.
      throw isForeignKeyViolation(error) ? new UnknownCategoryError() : error;
    });
    if (!row) throw new UnauthenticatedError(CHALLENGE_INVALID_TOKEN);
    return { budget: toBudget(row), created: row.created };
  }

  /** The new amount is in the owner's currency now. */
  async update(user: AuthenticatedUser, id: string, input: UpdateBudgetInput): Promise<Budget> {
    const [row] = await this.prisma.client.$queryRaw<BudgetRow[]>`
      UPDATE budgets SET amount_minor = ${input.amountMinor}, updated_at = now(),
        currency = (SELECT currency FROM users WHERE id = ${user.id}::uuid FOR SHARE)
      WHERE id = ${id}::uuid AND user_id = ${user.id}::uuid
      RETURNING ${RETURNING}`;
    if (!row) throw new BudgetNotFoundError();
    return toBudget(row);
  }

  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    const { count } = await this.prisma.client.budget.deleteMany({ where: { id, userId: user.id } });
    if (count === 0) throw new BudgetNotFoundError();
  }

  /**
   * Converts every budget of `userId` into `to`, inside the caller's transaction (the one changing the currency,
   * which holds the user's row). Budgets have no date, so the latest published rates are used; an amount converts
   * half to even, and a budget too small to be worth one minor unit in `to` becomes one (a budget is never 0).
   * Throws {@link BudgetsNotConvertibleError} (409) — and nothing changes — when a budget's currency or `to` has no
   * usable rate, or a converted budget would exceed the largest amount.
   */
  async convertAll(tx: Prisma.TransactionClient, userId: string, to: string): Promise<void> {
    const rows = await tx.$queryRaw<Array<{ id: string; amountMinor: number; currency: string }>>`
      SELECT id, amount_minor AS "amountMinor", currency FROM budgets
      WHERE user_id = ${userId}::uuid AND currency <> ${to} FOR UPDATE`;
    if (rows.length === 0) return;
    const { table, date } = await this.rates.latestFor(userId, [
      ...new Set([to, ...rows.map((row) => row.currency)]),
    ]);
    const converted = rows.map((row) => {
      const conversion = date ? convertMinor(row.amountMinor, row.currency, to, date, table) : undefined;
      if (!conversion?.ok) {
        const missing = conversion?.currency ?? (row.currency === 'EUR' ? to : row.currency);
        throw new BudgetsNotConvertibleError(row.currency, to, `no exchange rate for ${missing}`);
      }
      if (conversion.amountMinor > MAX_AMOUNT_MINOR) {
        throw new BudgetsNotConvertibleError(
          row.currency,
          to,
          `a budget would exceed the largest amount in ${to}`,
        );
      }
      return { id: row.id, amountMinor: Math.max(1, conversion.amountMinor) };
    });
    await tx.$executeRaw`
      UPDATE budgets b SET amount_minor = c.amount, currency = ${to}, updated_at = now()
      FROM unnest(${converted.map((row) => row.id)}::uuid[], ${converted.map((row) => row.amountMinor)}::int[])
        AS c(id, amount)
      WHERE b.id = c.id`;
  }
}
