import { describe, it, expect, vi, type Mock } from 'vitest';
import { buildRateTable } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { type BudgetsService } from '../budgets/budgets.service';
import { type ForeignGroup } from '../exchange-rates/base-currency';
import { type ExchangeRatesService, type RatesRequest } from '../exchange-rates/exchange-rates.service';
import { type PrismaService } from '../prisma/prisma.service';
import { type UsersService } from '../users/users.service';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';
import { type ForeignMonthRow } from './dashboard.sql';

const USER: AuthenticatedUser = { id: 'user-1', cognitoSub: 'sub-1' };
const PREFERENCES = { currency: 'USD', timeZone: 'Pacific/Auckland' };

/**
 * Answers the dashboard's statement as PostgreSQL would for the data below (JSON parts, null when empty) and, when
 * asked, the foreign spending statement (one JSON array) with the rates' columns.
 */
function fakeDatabase(
  overrides: {
    overallBudget?: number | null;
    previous?: number;
    current?: number;
    empty?: boolean;
    foreign?: ForeignGroup[];
    /** Months whose converted foreign spending is kept and valid. */
    kept?: ForeignMonthRow[];
    anyRollover?: boolean;
  } = {},
) {
  const {
    overallBudget = 100000,
    previous = 40000,
    current = 50000,
    empty = false,
    foreign = [],
    kept = [],
    anyRollover = false,
  } = overrides;
  const monthly = Array.from({ length: 12 }, (_, index) => ({
    month: `2026-${String(index + 1).padStart(2, '0')}`,
    totalMinor: index === 10 ? previous : index === 11 ? current : 0,
  }));
  const foreignMonths: ForeignMonthRow[] = [...kept];
  for (const group of foreign) {
    const month = group.date.slice(0, 7);
    let entry = foreignMonths.find((candidate) => candidate.month === month);
    if (!entry) {
      entry = { month, currencies: [], convertedMinor: null, notInTotals: null };
      foreignMonths.push(entry);
    }
    if (!entry.currencies.includes(group.currency)) entry.currencies.push(group.currency);
  }
  const dashboardRow = {
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
    foreignMonths: foreignMonths.length ? foreignMonths : null,
    overallBudgetMinor: overallBudget,
    anyRollover,
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
  };
  // foreignSpendingWithRatesQuery: the groups of the months asked for and, in the same row, the rates (ECB's
  // unchanged since last read).
  const foreignRow = (values: unknown[]) => {
    const months = values.find(
      (value): value is string[] => Array.isArray(value) && /^\d{4}-\d{2}-01$/.test(String(value[0])),
    )!;
    return {
      groups: foreign.filter((group) => months.includes(`${group.date.slice(0, 7)}-01`)),
      versions: { '2026-11': 4 },
      version: '7',
      personalVersion: '0',
      ecb: null,
      personal: [],
    };
  };
  return vi.fn(async (query: { sql: string; values: unknown[]; name?: string; pool?: string }) => {
    const withGroups = query.sql.includes(') g) AS groups');
    if (query.sql.includes('"foreignMonths"'))
      return [withGroups ? { ...dashboardRow, ...foreignRow(query.values) } : dashboardRow];
    if (query.sql.includes('INSERT INTO foreign_spending_months')) return [];
    return [foreignRow(query.values)];
  });
}

// 1 EUR = 1.25 USD on 27 November and Friday 4 December 2026; no JPY rate at all.
const RATES = buildRateTable([
  { currency: 'USD', date: '2026-11-27', rate: '1.25' },
  { currency: 'USD', date: '2026-12-04', rate: '1.25' },
]);

const fakePool = (pool: string, queryRaw: Mock) => ({
  query: async ({ name, text, values }: { name?: string; text: string; values: unknown[] }) => ({
    rows: (await queryRaw({ sql: text, values, name, pool })) as unknown[],
  }),
});

function serviceWith(
  queryRaw: Mock,
  tableFor = vi.fn().mockResolvedValue(RATES),
  budgets = { list: vi.fn().mockResolvedValue({ items: [] }) },
) {
  const users = { preferencesOf: vi.fn().mockResolvedValue(PREFERENCES) };
  return new DashboardService(
    // The repository reads through the pools (rowsOf, preparedRowsOf → queryRows): each statement reaches `queryRaw`
    // as its SQL text, with its name when sent as a prepared statement and the pool it went to.
    new DashboardRepository({
      pool: fakePool('pool', queryRaw),
      preparedPool: fakePool('preparedPool', queryRaw),
    } as unknown as PrismaService),
    users as unknown as UsersService,
    {
      versionedTableFor: async (...args: unknown[]) => ({
        table: (await tableFor(...args)) as unknown,
        versions: { ecb: '7', personal: '0' },
      }),
      // As ExchangeRatesService does: `read` sends the statement that reads the rates; tableFor stands for the table.
      versionedTableWith: async (
        currencies: string[],
        from: string,
        to: string,
        read: (request: RatesRequest) => Promise<unknown>,
      ) => ({
        read: await read({ currencies, from, to, knownVersion: '7' }),
        table: (await tableFor(USER.id, currencies, from, to)) as unknown,
        versions: { ecb: '7', personal: '0' },
      }),
    } as unknown as ExchangeRatesService,
    budgets as unknown as BudgetsService,
  );
}

describe('DashboardService', () => {
  it('counts spending against what a rolling budget has available, used up when a carried overspend left none', async () => {
    const budget = (categoryId: string | null, availableMinor: number, rollover = true) => ({
      categoryId,
      availableMinor,
      rollover,
    });
    const budgets = {
      list: vi.fn().mockResolvedValue({
        items: [budget(null, 120_000), budget('cat-food', -500), budget('cat-other', 1, false)],
      }),
    };
    const dashboard = await serviceWith(fakeDatabase({ anyRollover: true }), undefined, budgets).forMonth(
      USER,
      '2026-12',
    );
    expect(budgets.list).toHaveBeenCalledWith(USER, '2026-12');
    expect(dashboard.overallBudget).toMatchObject({ budgetMinor: 120_000, percentUsed: 41.7 });
    expect(dashboard.byCategory[0]).toMatchObject({
      categoryId: 'cat-food',
      budgetMinor: -500,
      percentUsed: 100,
    });

    const notRolling = { list: vi.fn() };
    await serviceWith(fakeDatabase(), undefined, notRolling).forMonth(USER, '2026-12');
    expect(notRolling.list).not.toHaveBeenCalled();
  });

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

  it('adds spending in other currencies converted at its day’s rate, and counts the unconvertible apart', async () => {
    const tableFor = vi.fn().mockResolvedValue(RATES);
    const queryRaw = fakeDatabase({
      foreign: [
        // 100.00 EUR on Saturday 5 December at Friday's 1.25: 125.00 USD, spent on groceries.
        { currency: 'EUR', date: '2026-12-05', categoryId: 'cat-food', totalMinor: 10000, count: 2 },
        // 8.00 EUR in November, uncategorised: 10.00 USD.
        { currency: 'EUR', date: '2026-11-27', categoryId: null, totalMinor: 800, count: 1 },
        // 5000 JPY: no JPY rate at all, so not in any total.
        { currency: 'JPY', date: '2026-12-02', categoryId: null, totalMinor: 5000, count: 3 },
      ],
    });
    const dashboard = await serviceWith(queryRaw, tableFor).forMonth(USER, '2026-12');
    // The groups are asked for in the currencies and months the statement found, the rates for those whole months;
    // November, converted, is kept (a third statement).
    expect(queryRaw).toHaveBeenCalledTimes(3);
    expect(queryRaw.mock.calls[1]![0].values).toContainEqual(['EUR', 'JPY']);
    expect(queryRaw.mock.calls[1]![0].values).toContainEqual(['2026-11-01', '2026-12-01']);
    expect(tableFor).toHaveBeenCalledWith(USER.id, ['USD', 'EUR', 'JPY'], '2026-11-01', '2026-12-31');
    expect(dashboard.totalMinor).toBe(50000 + 12500);
    expect(dashboard.previousTotalMinor).toBe(40000 + 1000);
    expect(dashboard.overallBudget).toEqual({ budgetMinor: 100000, percentUsed: 62.5, scheduledMinor: 0 });
    expect(dashboard.byCategory).toMatchObject([
      { categoryId: 'cat-food', totalMinor: 42500, budgetMinor: 40000, percentUsed: 106.3 },
      { categoryId: null, totalMinor: 20000 },
    ]);
    expect(dashboard.notInTotals).toEqual([
      { currency: 'JPY', count: 3, amountMinor: 5000, dates: ['2026-12-02'] },
    ]);
    expect(dashboard.recent[0]).toMatchObject({ amountMinor: 1250, currency: 'USD', baseAmountMinor: 1250 });
  });

  it('reads kept months as they are, converts only the others and keeps those but the month shown', async () => {
    const tableFor = vi.fn().mockResolvedValue(RATES);
    const queryRaw = fakeDatabase({
      // October is kept: 7.00 USD converted and 300 JPY that had no rate on 3 October.
      kept: [
        {
          month: '2026-10',
          currencies: ['EUR', 'JPY'],
          convertedMinor: 700,
          notInTotals: [{ currency: 'JPY', count: 1, amountMinor: 300, dates: ['2026-10-03'] }],
        },
      ],
      foreign: [
        { currency: 'EUR', date: '2026-12-05', categoryId: 'cat-food', totalMinor: 10000, count: 2 },
        { currency: 'EUR', date: '2026-11-27', categoryId: null, totalMinor: 800, count: 1 },
        { currency: 'JPY', date: '2026-12-02', categoryId: null, totalMinor: 5000, count: 3 },
      ],
    });
    const dashboard = await serviceWith(queryRaw, tableFor).forMonth(USER, '2026-12');
    // October's groups are not asked for, nor its rates.
    expect(queryRaw.mock.calls[1]![0].values).toContainEqual(['2026-11-01', '2026-12-01']);
    expect(tableFor).toHaveBeenCalledWith(USER.id, ['USD', 'EUR', 'JPY'], '2026-11-01', '2026-12-31');
    expect(dashboard.monthly.find((entry) => entry.month === '2026-10')!.totalMinor).toBe(700);
    expect(dashboard.monthly.find((entry) => entry.month === '2026-11')!.totalMinor).toBe(40000 + 1000);
    expect(dashboard.notInTotals).toEqual([
      { currency: 'JPY', count: 4, amountMinor: 5300, dates: ['2026-10-03', '2026-12-02'] },
    ]);
    // November is kept at the version its groups were read at and the rates' versions; December (shown) is not.
    const keep = queryRaw.mock.calls[2]![0];
    expect(keep.sql).toContain('INSERT INTO foreign_spending_months');
    expect(keep.values).toEqual(expect.arrayContaining(['2026-11-01', 'USD', 4, '7', '0', 1000, '[]']));
    expect(queryRaw).toHaveBeenCalledTimes(3);
    // Both reads go as named prepared statements, each text its own name, on the pool that runs them on one generic
    // plan; the rare write goes unnamed, on the other.
    const [dashboardRead, groupsRead] = queryRaw.mock.calls.map(
      ([call]) => call as { name?: string; pool: string },
    );
    expect(dashboardRead!.name).toMatch(/^sw_[0-9a-f]{40}$/);
    expect(groupsRead!.name).toMatch(/^sw_[0-9a-f]{40}$/);
    expect(groupsRead!.name).not.toBe(dashboardRead!.name);
    expect([dashboardRead!.pool, groupsRead!.pool]).toEqual(['preparedPool', 'preparedPool']);
    expect(keep).toMatchObject({ name: undefined, pool: 'pool' });
  });

  it('reads the month shown’s groups and the rates with their versions in one statement beside the dashboard’s', async () => {
    const tableFor = vi.fn().mockResolvedValue(RATES);
    const queryRaw = fakeDatabase({
      kept: [{ month: '2026-11', currencies: ['EUR'], convertedMinor: 1000, notInTotals: [] }],
      foreign: [{ currency: 'EUR', date: '2026-12-05', categoryId: 'cat-food', totalMinor: 10000, count: 2 }],
    });
    const dashboard = await serviceWith(queryRaw, tableFor).forMonth(USER, '2026-12');
    expect(queryRaw).toHaveBeenCalledTimes(2);
    const second = queryRaw.mock.calls[1]![0];
    expect(second.sql).toContain('FROM expenses e');
    expect(second.sql).toContain('FROM exchange_rates_version v');
    // ECB's rates are asked for only past the version already held.
    expect(second.values).toContain('7');
    expect(dashboard.totalMinor).toBe(50000 + 12500);
  });

  it('reads the groups and rates the previous dashboard of the month needed with the dashboard’s statement', async () => {
    const tableFor = vi.fn().mockResolvedValue(RATES);
    const december = {
      currency: 'EUR',
      date: '2026-12-05',
      categoryId: 'cat-food',
      totalMinor: 10000,
      count: 2,
    };
    const kept = [{ month: '2026-11', currencies: ['EUR'], convertedMinor: 1000, notInTotals: [] }];
    let database = fakeDatabase({ kept, foreign: [december] });
    const queryRaw = vi.fn((query: { sql: string; values: unknown[] }) => database(query));
    const service = serviceWith(queryRaw, tableFor);
    const first = await service.forMonth(USER, '2026-12');
    expect(queryRaw).toHaveBeenCalledTimes(2);

    // Same need: one statement, the dashboard's, which also reads December's EUR groups and the rates.
    queryRaw.mockClear();
    expect(await service.forMonth(USER, '2026-12')).toEqual(first);
    expect(queryRaw).toHaveBeenCalledTimes(1);
    const only = queryRaw.mock.calls[0]![0];
    expect(only.sql).toContain('"foreignMonths"');
    expect(only.sql).toContain('FROM exchange_rates_version v');
    expect(only.values).toContainEqual(['EUR']);
    expect(only.values).toContainEqual(['2026-12-01']);
    expect(tableFor).toHaveBeenLastCalledWith(USER.id, ['USD', 'EUR'], '2026-12-01', '2026-12-31');

    // A currency the statement did not read groups in: that read is not used, the groups are read again for it.
    const yen = { currency: 'JPY', date: '2026-12-02', categoryId: null, totalMinor: 5000, count: 3 };
    database = fakeDatabase({ kept, foreign: [december, yen] });
    queryRaw.mockClear();
    const withYen = await service.forMonth(USER, '2026-12');
    expect(queryRaw).toHaveBeenCalledTimes(2);
    expect(queryRaw.mock.calls[1]![0].values).toContainEqual(['EUR', 'JPY']);
    expect(withYen.notInTotals).toEqual([
      { currency: 'JPY', count: 3, amountMinor: 5000, dates: ['2026-12-02'] },
    ]);

    // Another month to convert (November's kept figure no longer valid): read again too, and November kept.
    database = fakeDatabase({ foreign: [december, yen, { ...december, date: '2026-11-27' }] });
    queryRaw.mockClear();
    const withNovember = await service.forMonth(USER, '2026-12');
    expect(queryRaw.mock.calls[1]![0].values).toContainEqual(['2026-11-01', '2026-12-01']);
    expect(queryRaw.mock.calls[2]![0].sql).toContain('INSERT INTO foreign_spending_months');
    expect(withNovember.previousTotalMinor).toBe(40000 + 12500);

    // Nothing foreign any more: the dashboard's statement alone, and alone again after.
    database = fakeDatabase();
    queryRaw.mockClear();
    await service.forMonth(USER, '2026-12');
    await service.forMonth(USER, '2026-12');
    expect(queryRaw).toHaveBeenCalledTimes(2);
    expect(queryRaw.mock.calls[1]![0].sql).not.toContain(') g) AS groups');
  });

  it('sends no groups statement and keeps nothing when every past month is kept', async () => {
    const tableFor = vi.fn();
    const queryRaw = fakeDatabase({
      kept: [{ month: '2026-11', currencies: ['EUR'], convertedMinor: 1000, notInTotals: [] }],
    });
    const dashboard = await serviceWith(queryRaw, tableFor).forMonth(USER, '2026-12');
    expect(queryRaw).toHaveBeenCalledTimes(1);
    expect(tableFor).not.toHaveBeenCalled();
    expect(dashboard.previousTotalMinor).toBe(40000 + 1000);
  });

  it('sends one statement and reads no rates when everything is in the base currency', async () => {
    const tableFor = vi.fn();
    const queryRaw = fakeDatabase();
    const dashboard = await serviceWith(queryRaw, tableFor).forMonth(USER, '2026-12');
    expect(queryRaw).toHaveBeenCalledTimes(1);
    expect(tableFor).not.toHaveBeenCalled();
    expect(dashboard.notInTotals).toEqual([]);
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
    expect(dashboard.overallBudget).toEqual({ budgetMinor: null, percentUsed: null, scheduledMinor: 0 });
  });

  it('gives no percent change against a month that refunds took below zero', async () => {
    const dashboard = await serviceWith(fakeDatabase({ previous: -500 })).forMonth(USER, '2026-12');
    expect(dashboard.previousTotalMinor).toBe(-500);
    expect(dashboard.change).toEqual({ amountMinor: 50500, percent: null });
  });

  it("defaults to this month in the user's time zone", async () => {
    // 30 November, 12:00 UTC is already 1 December in Auckland.
    vi.useFakeTimers({
      now: new Date('2026-11-30T12:00:00Z'),
      toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
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
      vi.useRealTimers();
    }
  });

  it("lists what active series will still add through the month's end where the user is, and adds it to budget progress", async () => {
    // 30 November, 12:00 UTC is 1 December in Auckland: December is the month, the 1st is today (not upcoming).
    vi.useFakeTimers({ now: new Date('2026-11-30T12:00:00Z'), toFake: ['Date'] });
    try {
      const queryRaw = vi.fn(async (query: { sql: string; values: unknown[] }) => {
        const [parts] = await fakeDatabase()(query);
        const daily = {
          id: '00000000-0000-7000-8000-000000000001',
          amountMinor: 500,
          currency: 'NZD',
          description: 'Coffee',
          merchant: 'Cafe',
          categoryId: 'cat-food',
          generatedThrough: '2026-12-01',
          recorded: ['2026-12-21'],
          kind: 'days',
          every: 10,
          dayOfMonth: null,
          weekday: null,
          weekOfMonth: null,
          startOn: '2026-11-21',
          endOn: null,
          occurrenceCount: null,
        };
        const rent = {
          ...daily,
          id: '00000000-0000-7000-8000-000000000002',
          amountMinor: 120000,
          currency: 'USD',
          description: 'Rent',
          recorded: null,
          kind: 'monthly',
          every: 1,
          dayOfMonth: 31,
        };
        return [{ ...parts, scheduled: [daily, rent] }];
      });
      const dashboard = await serviceWith(queryRaw).forMonth(USER, '2026-10');
      const { upcoming } = dashboard;
      // The series' window is December whatever month is shown: the statement asks for [2 Dec, 31 Dec].
      expect(queryRaw.mock.calls[0]![0].values).toEqual(expect.arrayContaining(['2026-12-02', '2026-12-31']));
      // Every 10 days from 21 November: 1, 11, 21, 31 December; the 1st is today, the 21st is skipped.
      expect(upcoming.items.map((item) => `${item.on} ${item.description}`)).toEqual([
        '2026-12-11 Coffee',
        '2026-12-31 Coffee',
        '2026-12-31 Rent',
      ]);
      expect(upcoming).toMatchObject({
        from: '2026-12-02',
        through: '2026-12-31',
        totals: [
          { currency: 'NZD', amountMinor: 1000, count: 2 },
          { currency: 'USD', amountMinor: 120000, count: 1 },
        ],
      });
      // October's budget progress has nothing scheduled in it.
      expect(dashboard.overallBudget.scheduledMinor).toBe(0);

      // This month's does: in the budget's (the dashboard's) currency only, per category.
      const december = await serviceWith(queryRaw).forMonth(USER);
      expect(december.overallBudget.scheduledMinor).toBe(120000);
      expect(december.byCategory.map((row) => [row.categoryId, row.scheduledMinor])).toEqual([
        ['cat-food', 120000],
        [null, 0],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});
