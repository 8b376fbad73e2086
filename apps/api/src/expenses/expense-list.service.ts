import { Injectable } from '@nestjs/common';
import {
  EXPENSE_PAGE_DEFAULT,
  type ExpenseFilters,
  type ExpensePage,
  type ListExpensesQuery,
} from '@spendwise/contracts';
import { Prisma } from '@spendwise/db';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { ExchangeRatesService } from '../exchange-rates/exchange-rates.service';
import { PrismaService } from '../prisma/prisma.service';
import { UsersService } from '../users/users.service';
import { decodeCursor, encodeCursor, type ExpenseCursor } from './expense-cursor';
import { afterCursor, EXPENSE_COLUMNS, expenseConditions, NEWEST_FIRST } from './expense-filters.sql';
import { type ExpenseRow, toExpense, toIsoDate, toListedExpense } from './expense.mapper';

/** An expense row plus its category's name, for the export. */
export interface ExportRow extends ExpenseRow {
  categoryName: string | null;
}

/**
 * Filtered, newest-first reads of a user's expenses with keyset pagination: each page is one index range scan
 * from the cursor, so page 1 and page 4,000 cost the same.
 */
@Injectable()
export class ExpenseListService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersService,
    private readonly rates: ExchangeRatesService,
  ) {}

  /** A page, each expense also in the base currency at its date's rate (null without one: never 1:1). */
  async page(user: AuthenticatedUser, query: ListExpensesQuery): Promise<ExpensePage> {
    const { cursor, limit = EXPENSE_PAGE_DEFAULT, ...filters } = query;
    const [{ currency: baseCurrency }, rows] = await Promise.all([
      this.users.preferencesOf(user),
      this.fetch<ExpenseRow>(user, filters, cursor ? decodeCursor(cursor) : null, limit + 1),
    ]);
    const items = rows.slice(0, limit).map(toExpense);
    const last = rows[items.length - 1];
    const rates = await this.rates.forExpenses(user.id, baseCurrency, items);
    return {
      items: items.map((expense) => toListedExpense(expense, baseCurrency, rates)),
      baseCurrency,
      nextCursor: rows.length > limit && last ? encodeCursor(positionOf(last)) : null,
    };
  }

  /** Every matching row, newest first, in batches of `batchSize`, so memory stays flat however many there are. */
  async *batches(
    user: AuthenticatedUser,
    filters: ExpenseFilters,
    batchSize = 1000,
  ): AsyncGenerator<ExportRow[]> {
    let cursor: ExpenseCursor | null = null;
    for (;;) {
      const batch: ExportRow[] = await this.fetch<ExportRow>(user, filters, cursor, batchSize, true);
      if (batch.length) yield batch;
      const last = batch.at(-1);
      if (batch.length < batchSize || !last) return;
      cursor = positionOf(last);
    }
  }

  private fetch<Row extends ExpenseRow>(
    user: AuthenticatedUser,
    filters: ExpenseFilters,
    cursor: ExpenseCursor | null,
    limit: number,
    withCategoryName = false,
  ): Promise<Row[]> {
    const conditions = expenseConditions(user.id, filters);
    if (cursor) conditions.push(afterCursor(cursor));
    const categoryName = withCategoryName
      ? Prisma.sql`, (SELECT c.name FROM categories c WHERE c.id = e.category_id) AS "categoryName"`
      : Prisma.empty;
    return this.prisma.client.$queryRaw<Row[]>`
      SELECT ${EXPENSE_COLUMNS} ${categoryName}
      FROM expenses e
      WHERE ${Prisma.join(conditions, ' AND ')}
      ${NEWEST_FIRST}
      LIMIT ${limit}`;
  }
}

function positionOf(row: ExpenseRow): ExpenseCursor {
  return { occurredOn: toIsoDate(row.occurredOn), createdAt: row.createdAt.toISOString(), id: row.id };
}
