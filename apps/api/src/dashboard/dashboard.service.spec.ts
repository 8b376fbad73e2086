import { type AuthenticatedUser } from '../auth/authenticated-user';
import { type PrismaService } from '../prisma/prisma.service';
import { type UsersService } from '../users/users.service';
import { DashboardService } from './dashboard.service';

const USER: AuthenticatedUser = { id: 'user-1', cognitoSub: 'sub-1' };
const PREFERENCES = { currency: 'USD', timeZone: 'Pacific/Auckland' };

/** Answers each dashboard query by recognising its SQL, as PostgreSQL would for the data below. */
function fakeDatabase(
  overrides: { overallBudget?: number | null; previous?: bigint; current?: bigint } = {},
) {
  const { overallBudget = 100000, previous = 40000n, current = 50000n } = overrides;
  const monthly = Array.from({ length: 12 }, (_, index) => ({
    month: `2026-${String(index + 1).padStart(2, '0')}`,
    totalMinor: index === 10 ? previous : index === 11 ? current : 0n,
  }));
  return jest.fn(async (query: { strings: string[]; values: unknown[] }) => {
    const sql = query.strings.join('?');
    if (sql.includes('AS month_start')) return monthly;
    if (sql.includes('FROM categories c')) {
      return [
        {
          categoryId: 'cat-food',
          name: 'Groceries',
          color: '#16a34a',
          totalMinor: 30000n,
          budgetMinor: 40000,
        },
        { categoryId: null, name: null, color: null, totalMinor: 20000n, budgetMinor: null },
      ];
    }
    if (sql.includes('generate_series') && sql.includes("'1 day'"))
      return [{ date: '2026-12-01', totalMinor: 50000n }];
    if (sql.includes('category_id IS NULL') && sql.includes('FROM budgets')) {
      return overallBudget === null ? [] : [{ budgetMinor: overallBudget }];
    }
    if (sql.includes('FROM expenses e WHERE')) return [];
    throw new Error(`unexpected query: ${sql}`);
  });
}

function serviceWith(queryRaw: jest.Mock) {
  const users = { preferencesOf: jest.fn().mockResolvedValue(PREFERENCES) };
  return new DashboardService(
    { client: { $queryRaw: queryRaw } } as unknown as PrismaService,
    users as unknown as UsersService,
  );
}

describe('DashboardService', () => {
  it('assembles totals, change, budgets and series from the SQL aggregates (bigint → number)', async () => {
    const dashboard = await serviceWith(fakeDatabase()).forMonth(USER, '2026-12');
    expect(dashboard).toMatchObject({
      month: '2026-12',
      currency: 'USD',
      timeZone: 'Pacific/Auckland',
      totalMinor: 50000,
      previousTotalMinor: 40000,
      change: { amountMinor: 10000, percent: 25 },
      overallBudget: { budgetMinor: 100000, percentUsed: 50 },
      byCategory: [
        { categoryId: 'cat-food', name: 'Groceries', totalMinor: 30000, budgetMinor: 40000, percentUsed: 75 },
        { categoryId: null, name: 'Uncategorised', totalMinor: 20000, budgetMinor: null, percentUsed: null },
      ],
      daily: [{ date: '2026-12-01', totalMinor: 50000 }],
    });
    expect(dashboard.monthly).toHaveLength(12);
    expect(typeof dashboard.monthly[0]!.totalMinor).toBe('number');
  });

  it('has no percentages to show without a previous month or a budget', async () => {
    const dashboard = await serviceWith(fakeDatabase({ previous: 0n, overallBudget: null })).forMonth(
      USER,
      '2026-12',
    );
    expect(dashboard.change).toEqual({ amountMinor: 50000, percent: null });
    expect(dashboard.overallBudget).toEqual({ budgetMinor: null, percentUsed: null });
  });

  it("defaults to this month in the user's time zone", async () => {
    // 30 November, 12:00 UTC is already 1 December in Auckland.
    jest.useFakeTimers({ now: new Date('2026-11-30T12:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    try {
      const queryRaw = fakeDatabase();
      const dashboard = await serviceWith(queryRaw).forMonth(USER);
      expect(dashboard.month).toBe('2026-12');
      const monthlyQuery = queryRaw.mock.calls.find(([query]) =>
        query.strings.join('?').includes('AS month_start'),
      );
      // Scoped by the user and the currency their row holds now.
      expect(monthlyQuery?.[0].values).toEqual(expect.arrayContaining(['user-1', 'USD', '2026-12-01']));
    } finally {
      jest.useRealTimers();
    }
  });
});
