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
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CHALLENGE_INVALID_TOKEN } from '../auth/bearer-challenge';
import { CategoriesRepository, UnknownCategoryError } from '../categories';
import { UnauthenticatedError } from '../errors/domain-error';
import { isForeignKeyViolation } from '../errors/prisma-error.mapper';
import {
  type ConvertedGroup,
  ExchangeRatesService,
  type ForeignGroup,
  toBaseCurrency,
} from '../exchange-rates';
import { type Tx } from '../prisma/transaction';
import { BudgetNotFoundError, BudgetsNotConvertibleError } from './budget.errors';
import { toBudget } from './budget.mapper';
import { BudgetsRepository } from './budgets.repository';

export interface SetBudgetResult {
  budget: Budget;
  created: boolean;
}

/** From the beginning: a new budget's amount, unless given a month, applies to every month before too. */
const FROM_THE_BEGINNING = '-infinity';

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
    private readonly budgets: BudgetsRepository,
    private readonly categories: CategoriesRepository,
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
    const result = await this.budgets.inMonth(userId, month);
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
    const timeZone = await this.budgets.timeZoneOf(user.id);
    if (!timeZone) throw new UnauthenticatedError(CHALLENGE_INVALID_TOKEN);
    return currentMonthIn(timeZone);
  }

  /**
   * Creates the budget for a category (or the overall one), or sets its amount from `fromMonth` (default: the
   * current month where the user is) on. The unique index on (user_id, category_id) treats NULLs as equal, so
   * ON CONFLICT also catches a second overall budget.
   */
  async set(user: AuthenticatedUser, input: SetBudgetInput): Promise<SetBudgetResult> {
    if (input.categoryId) {
      if (!(await this.categories.owns(user.id, input.categoryId))) throw new UnknownCategoryError();
    }
    return this.budgets.transaction(async (tx) => {
      const owner = await this.budgets.ownerForShare(user.id, tx);
      if (!owner) throw new UnauthenticatedError(CHALLENGE_INVALID_TOKEN);
      const budget = await this.budgets
        .upsert(
          {
            userId: user.id,
            categoryId: input.categoryId,
            amountMinor: input.amountMinor,
            currency: owner.currency,
            rollover: input.rollover,
          },
          tx,
        )
        .catch((error: unknown) => {
          // The category was deleted between the check and the insert.
          throw isForeignKeyViolation(error) ? new UnknownCategoryError() : error;
        });
      const fromMonth = input.fromMonth
        ? `${input.fromMonth}-01`
        : budget.created
          ? FROM_THE_BEGINNING
          : `${currentMonthIn(owner.timeZone)}-01`;
      const row = await this.budgets.setAmountFrom(
        budget.id,
        fromMonth,
        input.amountMinor,
        owner.currency,
        tx,
      );
      return { budget: toBudget(row), created: budget.created };
    });
  }

  /** Sets the amount from `fromMonth` (default: the current month) on, in the owner's currency now. */
  async update(user: AuthenticatedUser, id: string, input: UpdateBudgetInput): Promise<Budget> {
    return this.budgets.transaction(async (tx) => {
      const owner = await this.budgets.ownerOfBudgetForShare(user.id, id, tx);
      if (!owner) throw new BudgetNotFoundError();
      const fromMonth = `${input.fromMonth ?? currentMonthIn(owner.timeZone)}-01`;
      if (input.rollover !== undefined) await this.budgets.setRollover(id, input.rollover, tx);
      return toBudget(await this.budgets.setAmountFrom(id, fromMonth, input.amountMinor, owner.currency, tx));
    });
  }

  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    if ((await this.budgets.remove(user.id, id)) === 0) throw new BudgetNotFoundError();
  }

  /**
   * Converts every budget of `userId` into `to`, inside the caller's transaction (the one changing the currency,
   * which holds the user's row). Budgets have no date, so the latest published rates are used; an amount converts
   * half to even, and a budget too small to be worth one minor unit in `to` becomes one (a budget is never 0).
   * Throws {@link BudgetsNotConvertibleError} (409) — and nothing changes — when a budget's currency or `to` has no
   * usable rate, or a converted budget would exceed the largest amount.
   */
  async convertAll(tx: Tx, userId: string, to: string): Promise<void> {
    // Every amount of every budget's history: a past month's amount converts too, so the months compare.
    const rows = await this.budgets.amountsToConvert(userId, to, tx);
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
    await this.budgets.writeConverted(to, converted, tx);
  }
}
