import { Injectable } from '@nestjs/common';
import { type CategoryTotal, type Dashboard } from '@spendwise/contracts';
import { Prisma } from '@spendwise/db';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { EXPENSE_COLUMNS, NEWEST_FIRST } from '../expenses/expense-filters.sql';
import { type ExpenseRow, toExpense } from '../expenses/expense.mapper';
import { PrismaService } from '../prisma/prisma.service';
import { UsersService } from '../users/users.service';
import { currentMonthIn } from './current-month';
import {
  categoryTotalsQuery,
  dailyTotalsQuery,
  monthlyTotalsQuery,
  type MonthScope,
  overallBudgetQuery,
} from './dashboard.sql';

const RECENT_COUNT = 5;
const UNCATEGORISED = { name: 'Uncategorised', color: '#94a3b8' };

interface CategoryTotalRow {
  categoryId: string | null;
  name: string | null;
  color: string | null;
  totalMinor: bigint;
  budgetMinor: number | null;
}

/**
 * Everything the dashboard shows, in one call. Sums run in PostgreSQL (bigint, returned as numbers), never by
 * loading rows into Node. Expenses are calendar dates, so the user's time zone only decides which month is
 * "this month". Totals count expenses in the user's current currency only: amounts in another currency
 * (recorded before a currency change) are never added to them.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersService,
  ) {}

  async forMonth(user: AuthenticatedUser, requestedMonth?: string): Promise<Dashboard> {
    const { currency, timeZone } = await this.users.preferencesOf(user);
    const month = requestedMonth ?? currentMonthIn(timeZone);
    const scope: MonthScope = { userId: user.id, currency, start: `${month}-01` };
    const db = this.prisma.client;
    const [monthly, byCategory, daily, overall, recent] = await Promise.all([
      db.$queryRaw<Array<{ month: string; totalMinor: bigint }>>(monthlyTotalsQuery(scope)),
      db.$queryRaw<CategoryTotalRow[]>(categoryTotalsQuery(scope)),
      db.$queryRaw<Array<{ date: string; totalMinor: bigint }>>(dailyTotalsQuery(scope)),
      db.$queryRaw<Array<{ budgetMinor: number }>>(overallBudgetQuery(user.id)),
      db.$queryRaw<ExpenseRow[]>(
        Prisma.sql`SELECT ${EXPENSE_COLUMNS} FROM expenses e WHERE e.user_id = ${user.id}::uuid ${NEWEST_FIRST} LIMIT ${RECENT_COUNT}`,
      ),
    ]);

    const totalMinor = Number(monthly.at(-1)?.totalMinor ?? 0);
    const previousTotalMinor = Number(monthly.at(-2)?.totalMinor ?? 0);
    const overallBudget = overall[0]?.budgetMinor ?? null;
    return {
      month,
      currency,
      timeZone,
      totalMinor,
      previousTotalMinor,
      change: {
        amountMinor: totalMinor - previousTotalMinor,
        percent: percentOf(totalMinor - previousTotalMinor, previousTotalMinor),
      },
      overallBudget: { budgetMinor: overallBudget, percentUsed: percentOf(totalMinor, overallBudget) },
      byCategory: byCategory.map(toCategoryTotal),
      daily: daily.map((row) => ({ date: row.date, totalMinor: Number(row.totalMinor) })),
      monthly: monthly.map((row) => ({ month: row.month, totalMinor: Number(row.totalMinor) })),
      recent: recent.map(toExpense),
    };
  }
}

function toCategoryTotal(row: CategoryTotalRow): CategoryTotal {
  const totalMinor = Number(row.totalMinor);
  return {
    categoryId: row.categoryId,
    name: row.name ?? UNCATEGORISED.name,
    color: row.color ?? UNCATEGORISED.color,
    totalMinor,
    budgetMinor: row.budgetMinor,
    percentUsed: percentOf(totalMinor, row.budgetMinor),
  };
}

/** part / whole × 100 to one decimal; null when there is nothing to compare with. */
function percentOf(part: number, whole: number | null): number | null {
  if (!whole) return null;
  return Math.round((part / whole) * 1000) / 10;
}
