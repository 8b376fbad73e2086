import { Injectable } from '@nestjs/common';
import {
  buildRateTable,
  EXPENSE_PAGE_DEFAULT,
  type ExpenseFilters,
  type ExpensePage,
  type ExpenseSummary,
  type ListExpensesQuery,
} from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { ExchangeRatesService, type ForeignGroup, toBaseCurrency } from '../exchange-rates';
import { UsersService } from '../users';
import { decodeCursor, encodeCursor, type ExpenseCursor } from './expense-cursor';
import { expenseOrder, type ExpenseOrder, NEWEST_FIRST_ORDER, type SortKeyValue } from './expense-order.sql';
import { type ExpenseRow, toExpense, toIsoDate, toListedExpense } from './expense.mapper';
import { ExpensesRepository } from './expenses.repository';

/** An expense row plus its category's name, for the export. */
export interface ExportRow extends ExpenseRow {
  categoryName: string | null;
}

/** A row of a sorted read: also the values of the order's keys (absent in the date order), for its cursor. */
interface OrderedRow extends ExpenseRow {
  sortKeys?: SortKeyValue[];
}

/**
 * Filtered, sorted reads of a user's expenses with keyset pagination: each page starts after the cursor's position
 * inside an index range (expense-order.sql.ts), so page 1 and page 4,000 cost the same and no row is skipped or
 * repeated, in every order.
 */
@Injectable()
export class ExpenseListService {
  constructor(
    private readonly expenses: ExpensesRepository,
    private readonly users: UsersService,
    private readonly rates: ExchangeRatesService,
  ) {}

  /** A page, each expense also in the base currency at its date's rate (null without one: never 1:1). */
  async page(user: AuthenticatedUser, query: ListExpensesQuery): Promise<ExpensePage> {
    const { cursor, limit = EXPENSE_PAGE_DEFAULT, sort, direction, ...filters } = query;
    const order = expenseOrder(sort, direction);
    const after = cursor ? decodeCursor(cursor, order) : null;
    const [{ currency: baseCurrency }, rows] = await Promise.all([
      this.users.preferencesOf(user),
      this.fetch<OrderedRow>(user, filters, after ?? { order }, limit + 1),
    ]);
    const items = rows.slice(0, limit).map(toExpense);
    const last = rows[items.length - 1];
    const rates = await this.rates.forExpenses(user.id, baseCurrency, items);
    return {
      items: items.map((expense) => toListedExpense(expense, baseCurrency, rates)),
      baseCurrency,
      nextCursor: rows.length > limit && last ? encodeCursor(positionOf(last, order)) : null,
    };
  }

  /**
   * How many expenses match across every page, and their total in the base currency: each foreign (currency, day)
   * group converted at its day's rate and rounded once, as the dashboard does; what no rate converts is counted
   * apart in its own currency, never guessed.
   */
  async summary(user: AuthenticatedUser, filters: ExpenseFilters): Promise<ExpenseSummary> {
    const { currency: base } = await this.users.preferencesOf(user);
    const groups = await this.expenses.summaryGroups(user.id, filters, base);
    let count = 0;
    let totalMinor = 0;
    const foreign: ForeignGroup[] = [];
    for (const group of groups) {
      count += group.count;
      if (group.date === null) totalMinor += group.totalMinor;
      else foreign.push({ ...group, date: group.date, categoryId: null });
    }
    const dates = foreign.map((group) => group.date).sort();
    const rates =
      foreign.length === 0
        ? buildRateTable([])
        : await this.rates.tableFor(
            user.id,
            [...new Set([base, ...foreign.map((group) => group.currency)])],
            dates[0]!,
            dates.at(-1)!,
          );
    const { converted, notInTotals } = toBaseCurrency(foreign, base, rates);
    for (const group of converted) totalMinor += group.amountMinor;
    return { count, baseCurrency: base, totalMinor, notInTotals };
  }

  /** Every matching row, newest first, in batches of `batchSize`, so memory stays flat however many there are. */
  async *batches(
    user: AuthenticatedUser,
    filters: ExpenseFilters,
    batchSize = 1000,
  ): AsyncGenerator<ExportRow[]> {
    let from: ExpenseCursor | { order: ExpenseOrder } = { order: NEWEST_FIRST_ORDER };
    for (;;) {
      const batch: ExportRow[] = await this.fetch<ExportRow>(user, filters, from, batchSize, true);
      if (batch.length) yield batch;
      const last = batch.at(-1);
      if (batch.length < batchSize || !last) return;
      from = positionOf(last, NEWEST_FIRST_ORDER);
    }
  }

  /** Up to `limit` rows in `from.order`, after `from`'s position when it has one. */
  private fetch<Row extends OrderedRow>(
    user: AuthenticatedUser,
    filters: ExpenseFilters,
    from: ExpenseCursor | { order: ExpenseOrder },
    limit: number,
    withCategoryName = false,
  ): Promise<Row[]> {
    return this.expenses.page<Row>({
      userId: user.id,
      filters,
      order: from.order,
      after: 'id' in from ? from : null,
      limit,
      withCategoryName,
    });
  }
}

function positionOf(row: OrderedRow, order: ExpenseOrder): ExpenseCursor {
  return {
    order,
    keys: row.sortKeys ?? [],
    occurredOn: toIsoDate(row.occurredOn),
    createdAt: row.createdAt.toISOString(),
    id: row.id,
  };
}
