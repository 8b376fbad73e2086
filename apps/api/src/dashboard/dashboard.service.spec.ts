import { type AuthenticatedUser } from '../auth/authenticated-user';
import { type PrismaService } from '../prisma/prisma.service';
import { type UsersService } from '../users/users.service';
import { DashboardService } from './dashboard.service';

const USER: AuthenticatedUser = { id: 'user-1', cognitoSub: 'sub-1' };
const PREFERENCES = { currency: 'USD', timeZone: 'Pacific/Auckland' };

/** Answers the dashboard's one statement as PostgreSQL would for the data below (JSON parts, null when empty). */
function fakeDatabase(
  overrides: { overallBudget?: number | null; previous?: number; current?: number; empty?: boolean } = {},
) {
  const { overallBudget = 100000, previous = 40000, current = 50000, empty = false } = overrides;
  const monthly = Array.from({ length: 12 }, (_, index) => ({
    month: `2026-${String(index + 1).padStart(2, '0')}`,
    totalMinor: index === 10 ? previous : index === 11 ? current : 0,
  }));
  return jest.fn(async (_query: { strings: string[]; values: unknown[] }) => [
    {
      monthly,
      byCategory: empty
        ? null
        : [
            {
              categoryId: 'cat-food',
              name: 'Groceries',
              color: '#16a34a',
              totalMinor: 30000,
              budgetMinor: 40000,
            },
            { categoryId: null, name: null, color: null, totalMinor: 20000, budgetMinor: null },
          ],
      daily: [{ date: '2026-12-01', totalMinor: 50000 }],
      overallBudgetMinor: overallBudget,
      recent: empty
        ? null
        : [
            {
              id: 'exp-1',
              amountMinor: 1250,
              currency: 'USD',
              occurredOn: '2026-12-01',
              description: 'Lunch',
              merchant: null,
              note: null,
              tags: ['work'],
              categoryId: 'cat-food',
              // How PostgreSQL writes a timestamptz into JSON: microseconds and an offset.
              createdAt: '2026-12-01T12:00:00.123456+00:00',
              updatedAt: '2026-12-01T13:30:00.5+00:00',
            },
          ],
    },
  ]);
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
      recent: [
        {
          id: 'exp-1',
          occurredOn: '2026-12-01',
          tags: ['work'],
          createdAt: '2026-12-01T12:00:00.123Z',
          updatedAt: '2026-12-01T13:30:00.500Z',
        },
      ],
    });
    expect(dashboard.monthly).toHaveLength(12);
    expect(typeof dashboard.monthly[0]!.totalMinor).toBe('number');
  });

  it('shows empty lists, not nulls, for parts with no rows', async () => {
    const dashboard = await serviceWith(fakeDatabase({ empty: true })).forMonth(USER, '2026-12');
    expect(dashboard.byCategory).toEqual([]);
    expect(dashboard.recent).toEqual([]);
  });

  it('has no percentages to show without a previous month or a budget', async () => {
    const dashboard = await serviceWith(fakeDatabase({ previous: 0, overallBudget: null })).forMonth(
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
      expect(queryRaw).toHaveBeenCalledTimes(1);
      // Scoped by the user and the currency their row holds now.
      expect(queryRaw.mock.calls[0]![0].values).toEqual(
        expect.arrayContaining(['user-1', 'USD', '2026-12-01']),
      );
    } finally {
      jest.useRealTimers();
    }
  });
});
