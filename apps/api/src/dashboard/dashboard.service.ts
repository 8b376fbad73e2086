import { Injectable } from '@nestjs/common';
import { type CategoryTotal, type Dashboard } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { type ExpenseRowJson, fromExpenseRowJson, toExpense } from '../expenses/expense.mapper';
import { PrismaService } from '../prisma/prisma.service';
import { UsersService } from '../users/users.service';
import { currentMonthIn } from './current-month';
import { dashboardQuery, type MonthScope } from './dashboard.sql';

const UNCATEGORISED = { name: 'Uncategorised', color: '#94a3b8' };

interface CategoryTotalRow {
  categoryId: string | null;
  name: string | null;
  color: string | null;
  totalMinor: number;
  budgetMinor: number | null;
}

/** The one row of dashboardQuery: each part a JSON array, or null when it has no rows. */
interface DashboardRow {
  monthly: Array<{ month: string; totalMinor: number }> | null;
  byCategory: CategoryTotalRow[] | null;
  daily: Array<{ date: string; totalMinor: number }> | null;
  overallBudgetMinor: number | null;
  recent: ExpenseRowJson[] | null;
}

/**
 * Everything the dashboard shows, in one call and two round trips: the user's preferences (currency and time zone
 * decide what is summed), then one statement for all of it (dashboard.sql.ts). Sums run in PostgreSQL (bigint, returned as numbers), never by
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
    // A SELECT without FROM: always exactly one row.
    const [parts] = await this.prisma.client.$queryRaw<[DashboardRow]>(dashboardQuery(scope));
    const monthly = parts.monthly ?? [];
    const totalMinor = Number(monthly.at(-1)?.totalMinor ?? 0);
    const previousTotalMinor = Number(monthly.at(-2)?.totalMinor ?? 0);
    const overallBudget = parts.overallBudgetMinor;
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
      byCategory: (parts.byCategory ?? []).map(toCategoryTotal),
      daily: (parts.daily ?? []).map((day) => ({ date: day.date, totalMinor: Number(day.totalMinor) })),
      monthly: monthly.map((entry) => ({ month: entry.month, totalMinor: Number(entry.totalMinor) })),
      recent: (parts.recent ?? []).map((expense) => toExpense(fromExpenseRowJson(expense))),
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
