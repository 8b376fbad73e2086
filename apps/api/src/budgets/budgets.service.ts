import { Injectable } from '@nestjs/common';
import {
  type Budget,
  type BudgetList,
  convertMinor,
  currentMonthIn,
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
import { type ConvertedGroup, type ForeignGroup, toBaseCurrency } from '../exchange-rates/base-currency';
import { type BudgetsInMonthResult, budgetsInMonthQuery } from './budget-amounts.sql';
import { BudgetNotFoundError, BudgetsNotConvertibleError } from './budget.errors';
import { type BudgetRow, toBudget } from './budget.mapper';

export interface SetBudgetResult {
  budget: Budget;
  created: boolean;
}

/** The month a budget's newest amount applies from, YYYY-MM; null when from the beginning. */
export const NEWEST_FROM_MONTH = Prisma.sql`(SELECT to_char(NULLIF(max(a.from_month), '-infinity'), 'YYYY-MM')
  FROM budget_amounts a WHERE a.budget_id = b.id)`;

/** From the beginning: a new budget's amount, unless given a month, applies to every month before too. */
const FROM_THE_BEGINNING = '-infinity';

/** A budget's columns, `b` being the budgets row; fromMonth is the month its newest amount applies from. */
const COLUMNS = Prisma.sql`b.id, b.category_id AS "categoryId", b.amount_minor AS "amountMinor", b.currency,
  ${NEWEST_FROM_MONTH} AS "fromMonth", b.rollover,
  b.created_at AS "createdAt", b.updated_at AS "updatedAt"`;

/**
 * Monthly budgets: at most one overall (categoryId null) and one per category, per user. A budget's amount applies
 * from a month on (budget_amounts, history kept): setting it "from" a month changes that month and the later ones up
 * to the budget's next change, never the months before. A new budget's amount applies from the beginning (every
 * month, as budgets always did) unless given a month. budgets.amount_minor mirrors the newest amount (the latest from_month). A budget is in the currency its
 * owner had when it was set, stored with it; a currency change converts every budget and every amount of its
 * history ({@link convertAll}). Writes read the owner's currency with FOR SHARE, so a write racing a currency change
 * waits for it and is never left in the old currency.
 */
@Injectable()
export class BudgetsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly rates: ExchangeRatesService,
  ) {}

  /**
   * The budgets as they were in `month` (default: the current month where the user is): each with the amount in
   * effect then, only those that existed by then, and for those that roll over what carried into the month
   * (budgetsInMonthQuery: one statement). Carried spending in other currencies is converted like every total — at
   * its day's rate, per (currency, day, category) group, half to even — and a group without a usable rate is not
   * counted, never guessed at.
   */
  async list(user: AuthenticatedUser, requestedMonth?: string): Promise<BudgetList> {
    const month = requestedMonth ?? (await this.currentMonthOf(user));
    const list = await this.inMonth(user.id, month);
    if (!list) throw new UnauthenticatedError(CHALLENGE_INVALID_TOKEN);
    return list;
  }

  /**
   * What {@link list} answers, for any of the person's own reads that need the same figures (budget alerts count
   * against exactly the available amount the budgets page and the dashboard show); null when the user is gone.
   */
  async inMonth(userId: string, month: string): Promise<BudgetList | null> {
    const [result] = await this.prisma.client.$queryRaw<[BudgetsInMonthResult]>(
      budgetsInMonthQuery(userId, month),
    );
    if (!result.currency) return null;
    const converted = await this.convertedGroups(userId, result.currency, result.foreignGroups ?? []);
    return {
      items: (result.items ?? []).map((row) => {
        const foreign = row.carryFrom
          ? converted
              .filter(
                (group) =>
                  group.date >= row.carryFrom! &&
                  (row.categoryId === null || group.categoryId === row.categoryId),
              )
              .reduce((sum, group) => sum + group.amountMinor, 0)
          : 0;
        const carriedMinor = row.carriedInCurrencyMinor - foreign;
        // In JSON, timestamps arrive as ISO strings.
        const budget = toBudget({
          ...row,
          createdAt: new Date(row.createdAt),
          updatedAt: new Date(row.updatedAt),
        });
        return { ...budget, carriedMinor, availableMinor: row.amountMinor + carriedMinor };
      }),
    };
  }

  /** Foreign spending groups in `base`; those without a usable rate are left out (as in every total). */
  private async convertedGroups(
    userId: string,
    base: string,
    groups: readonly ForeignGroup[],
  ): Promise<ConvertedGroup[]> {
    if (groups.length === 0) return [];
    const dates = groups.map((group) => group.date).sort();
    const currencies = [...new Set([base, ...groups.map((group) => group.currency)])];
    const rates = await this.rates.tableFor(userId, currencies, dates[0]!, dates.at(-1)!);
    return toBaseCurrency(groups, base, rates).converted;
  }

  /** This month where the user is. (Not UsersService.preferencesOf: UsersService needs this service, a cycle.) */
  private async currentMonthOf(user: AuthenticatedUser): Promise<string> {
    const [owner] = await this.prisma.client.$queryRaw<Array<{ timeZone: string }>>`
      SELECT time_zone AS "timeZone" FROM users WHERE id = ${user.id}::uuid`;
    if (!owner) throw new UnauthenticatedError(CHALLENGE_INVALID_TOKEN);
    return currentMonthIn(owner.timeZone);
  }

  /**
   * Creates the budget for a category (or the overall one), or sets its amount from `fromMonth` (default: the
   * current month where the user is) on. The unique index on (user_id, category_id) treats NULLs as equal, so
   * ON CONFLICT also catches a second overall budget.
   */
  async set(user: AuthenticatedUser, input: SetBudgetInput): Promise<SetBudgetResult> {
    if (input.categoryId) {
      const owned = await this.prisma.client.category.count({
        where: { id: input.categoryId, userId: user.id },
      });
      if (!owned) throw new UnknownCategoryError();
    }
    return this.prisma.client.$transaction(async (tx) => {
      const [owner] = await tx.$queryRaw<Array<{ currency: string; timeZone: string }>>`
        SELECT currency, time_zone AS "timeZone" FROM users WHERE id = ${user.id}::uuid FOR SHARE`;
      if (!owner) throw new UnauthenticatedError(CHALLENGE_INVALID_TOKEN);
      const [budget] = await tx.$queryRaw<Array<{ id: string; created: boolean }>>`
        INSERT INTO budgets (id, user_id, category_id, amount_minor, currency, rollover, created_at, updated_at)
        VALUES (${uuidV7()}::uuid, ${user.id}::uuid, ${input.categoryId}::uuid, ${input.amountMinor},
          ${owner.currency}, ${input.rollover ?? false}, now(), now())
        ON CONFLICT (user_id, category_id)
          DO UPDATE SET rollover = COALESCE(${input.rollover ?? null}::boolean, budgets.rollover), updated_at = now()
        RETURNING id, (xmax = 0) AS created`.catch((error: unknown) => {
        // The category was deleted between the check and the insert.
        throw isForeignKeyViolation(error) ? new UnknownCategoryError() : error;
      });
      const fromMonth = input.fromMonth
        ? `${input.fromMonth}-01`
        : budget!.created
          ? FROM_THE_BEGINNING
          : `${currentMonthIn(owner.timeZone)}-01`;
      const row = await this.applyAmount(tx, budget!.id, fromMonth, input.amountMinor, owner.currency);
      return { budget: toBudget(row), created: budget!.created };
    });
  }

  /** Sets the amount from `fromMonth` (default: the current month) on, in the owner's currency now. */
  async update(user: AuthenticatedUser, id: string, input: UpdateBudgetInput): Promise<Budget> {
    return this.prisma.client.$transaction(async (tx) => {
      const [owner] = await tx.$queryRaw<Array<{ currency: string; timeZone: string }>>`
        SELECT u.currency, u.time_zone AS "timeZone" FROM users u
        WHERE u.id = ${user.id}::uuid
          AND EXISTS (SELECT 1 FROM budgets b WHERE b.id = ${id}::uuid AND b.user_id = u.id)
        FOR SHARE OF u`;
      if (!owner) throw new BudgetNotFoundError();
      const fromMonth = `${input.fromMonth ?? currentMonthIn(owner.timeZone)}-01`;
      if (input.rollover !== undefined) {
        await tx.$executeRaw`UPDATE budgets SET rollover = ${input.rollover} WHERE id = ${id}::uuid`;
      }
      return toBudget(await this.applyAmount(tx, id, fromMonth, input.amountMinor, owner.currency));
    });
  }

  /**
   * Records `amountMinor` as the budget's amount from `fromMonth` (a month's first day, or '-infinity') on — replacing an amount set from that
   * same month — and mirrors the newest amount into the budgets row. The budget's later amounts stay.
   */
  private async applyAmount(
    tx: Prisma.TransactionClient,
    budgetId: string,
    fromMonth: string,
    amountMinor: number,
    currency: string,
  ): Promise<BudgetRow> {
    await tx.$executeRaw`
      INSERT INTO budget_amounts (budget_id, from_month, amount_minor, currency)
      VALUES (${budgetId}::uuid, ${fromMonth}::date, ${amountMinor}, ${currency})
      ON CONFLICT (budget_id, from_month)
        DO UPDATE SET amount_minor = EXCLUDED.amount_minor, currency = EXCLUDED.currency`;
    const [row] = await tx.$queryRaw<BudgetRow[]>`
      UPDATE budgets b SET amount_minor = n.amount_minor, currency = n.currency, updated_at = now()
      FROM (SELECT amount_minor, currency FROM budget_amounts WHERE budget_id = ${budgetId}::uuid
            ORDER BY from_month DESC LIMIT 1) n
      WHERE b.id = ${budgetId}::uuid
      RETURNING ${COLUMNS}`;
    return row!;
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
    // Every amount of every budget's history: a past month's amount converts too, so the months compare.
    const rows = await tx.$queryRaw<
      Array<{ budgetId: string; fromMonth: string; amountMinor: number; currency: string }>
    >`
      SELECT a.budget_id AS "budgetId", a.from_month::text AS "fromMonth", a.amount_minor AS "amountMinor", a.currency
      FROM budget_amounts a JOIN budgets b ON b.id = a.budget_id
      WHERE b.user_id = ${userId}::uuid AND (a.currency <> ${to} OR b.currency <> ${to})
      FOR UPDATE OF a, b`;
    if (rows.length === 0) return;
    const { table, date } = await this.rates.latestFor(userId, [
      ...new Set([to, ...rows.map((row) => row.currency)]),
    ]);
    const converted = rows.map((row) => {
      if (row.currency === to) return { ...row };
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
      return { ...row, amountMinor: Math.max(1, conversion.amountMinor) };
    });
    await tx.$executeRaw`
      UPDATE budget_amounts a SET amount_minor = c.amount, currency = ${to}
      FROM unnest(${converted.map((row) => row.budgetId)}::uuid[], ${converted.map((row) => row.fromMonth)}::date[],
        ${converted.map((row) => row.amountMinor)}::int[]) AS c(budget_id, from_month, amount)
      WHERE a.budget_id = c.budget_id AND a.from_month = c.from_month`;
    // Each budgets row mirrors its newest amount again.
    await tx.$executeRaw`
      UPDATE budgets b SET amount_minor = n.amount_minor, currency = n.currency, updated_at = now()
      FROM (SELECT DISTINCT ON (a.budget_id) a.budget_id, a.amount_minor, a.currency
            FROM budget_amounts a WHERE a.budget_id = ANY(${[...new Set(converted.map((row) => row.budgetId))]}::uuid[])
            ORDER BY a.budget_id, a.from_month DESC) n
      WHERE b.id = n.budget_id`;
  }
}
