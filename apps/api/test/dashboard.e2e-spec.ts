import { describe, it, expect, beforeAll } from 'vitest';
import { newUser } from './support/cognito';
import { openDatabase } from './support/database';
import { as } from './support/http';

describe('GET /dashboard', () => {
  let api: ReturnType<typeof as>;
  const category: Record<string, string> = {};

  beforeAll(async () => {
    api = as((await newUser('dashboard')).accessToken);
    for (const item of (await api.get('/categories')).body.items) category[item.name] = item.id;
    const expenses = [
      { amountMinor: 10000, occurredOn: '2026-05-03', description: 'Shop', categoryId: category.Groceries },
      {
        amountMinor: 5000,
        occurredOn: '2026-05-03',
        description: 'Shop again',
        categoryId: category.Groceries,
      },
      {
        amountMinor: 2500,
        occurredOn: '2026-05-20',
        description: 'Dinner',
        categoryId: category['Dining out'],
      },
      { amountMinor: 1234, occurredOn: '2026-05-31', description: 'Misc' },
      {
        amountMinor: 12000,
        occurredOn: '2026-04-30',
        description: 'April shop',
        categoryId: category.Groceries,
      },
      { amountMinor: 999, occurredOn: '2025-06-01', description: 'Eleven months back' },
      { amountMinor: 777, occurredOn: '2025-05-31', description: 'Twelve months back (outside)' },
      { amountMinor: 555, occurredOn: '2026-06-01', description: 'Next month' },
    ];
    for (const expense of expenses) await api.post('/expenses', expense);
    await api.put('/budgets', { categoryId: null, amountMinor: 50000 });
    await api.put('/budgets', { categoryId: category.Groceries, amountMinor: 20000 });
    await api.put('/budgets', { categoryId: category.Travel, amountMinor: 10000 });
  });

  it('returns the month total, change, budgets, category totals, daily and monthly series and recent expenses', async () => {
    const response = await api.get('/dashboard?month=2026-05');
    expect(response.status).toBe(200);
    const dashboard = response.body;
    expect(dashboard).toMatchObject({
      month: '2026-05',
      currency: 'USD',
      timeZone: 'UTC',
      totalMinor: 18734,
      previousTotalMinor: 12000,
      change: { amountMinor: 6734, percent: 56.1 },
      overallBudget: { budgetMinor: 50000, percentUsed: 37.5 },
    });
    expect(dashboard.byCategory).toEqual([
      {
        categoryId: category.Groceries,
        name: 'Groceries',
        color: '#16a34a',
        totalMinor: 15000,
        budgetMinor: 20000,
        percentUsed: 75,
        scheduledMinor: 0,
      },
      {
        categoryId: category['Dining out'],
        name: 'Dining out',
        color: '#ea580c',
        totalMinor: 2500,
        budgetMinor: null,
        percentUsed: null,
        scheduledMinor: 0,
      },
      {
        categoryId: null,
        name: 'Uncategorised',
        color: '#94a3b8',
        totalMinor: 1234,
        budgetMinor: null,
        percentUsed: null,
        scheduledMinor: 0,
      },
      {
        categoryId: category.Travel,
        name: 'Travel',
        color: '#0d9488',
        totalMinor: 0,
        budgetMinor: 10000,
        percentUsed: 0,
        scheduledMinor: 0,
      },
    ]);
    expect(dashboard.daily).toHaveLength(31);
    expect(dashboard.daily[0]).toEqual({ date: '2026-05-01', totalMinor: 0 });
    expect(dashboard.daily[2]).toEqual({ date: '2026-05-03', totalMinor: 15000 });
    expect(dashboard.daily[30]).toEqual({ date: '2026-05-31', totalMinor: 1234 });
    expect(dashboard.monthly.map((m: { month: string }) => m.month)).toEqual([
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
    ]);
    expect(dashboard.monthly[0].totalMinor).toBe(999);
    expect(dashboard.monthly[10].totalMinor).toBe(12000);
    expect(dashboard.monthly[11].totalMinor).toBe(18734);
    expect(dashboard.recent.map((e: { description: string }) => e.description)).toEqual([
      'Next month',
      'Misc',
      'Dinner',
      'Shop again',
      'Shop',
    ]);
    // The dashboard's recent expenses (read as JSON from PostgreSQL) are exactly what the expense endpoint returns.
    // All in the base currency here, so each one's converted amount is its own.
    for (const { baseAmountMinor, ...recent } of dashboard.recent) {
      expect(recent).toEqual((await api.get(`/expenses/${recent.id}`)).body);
      expect(baseAmountMinor).toBe(recent.amountMinor);
    }
  });

  it('has a daily row for every day of February in a leap year and none of March', async () => {
    const february = (await api.get('/dashboard?month=2028-02')).body;
    expect(february.daily).toHaveLength(29);
    expect(february.totalMinor).toBe(0);
    expect(february.change).toEqual({ amountMinor: 0, percent: null });
  });

  it("defaults to the current month in the user's time zone", async () => {
    const user = as((await newUser('dashboard-tz')).accessToken);
    // Kiritimati is UTC+14: for ten hours of every day its date (and at month ends, its month) is ahead of UTC's.
    await user.patch('/me', { timeZone: 'Pacific/Kiritimati' });
    const db = openDatabase();
    try {
      const [expected] = await db.$queryRaw<Array<{ month: string }>>`
        SELECT to_char(now() AT TIME ZONE 'Pacific/Kiritimati', 'YYYY-MM') AS month`;
      const dashboard = (await user.get('/dashboard')).body;
      expect(dashboard.month).toBe(expected!.month);
      expect(dashboard.timeZone).toBe('Pacific/Kiritimati');
    } finally {
      await db.$disconnect();
    }
  });

  it('never adds an amount in another currency 1:1: without a rate for its date it is counted apart', async () => {
    const user = as((await newUser('dashboard-currency')).accessToken);
    // May 2026 is before the first rate of the sample ECB file the stack imports.
    await user.post('/expenses', { amountMinor: 1000, occurredOn: '2026-05-10', description: 'Dollars' });
    await user.patch('/me', { currency: 'EUR' });
    await user.post('/expenses', { amountMinor: 700, occurredOn: '2026-05-11', description: 'Euros' });
    const dashboard = (await user.get('/dashboard?month=2026-05')).body;
    expect(dashboard.currency).toBe('EUR');
    expect(dashboard.totalMinor).toBe(700);
    expect(dashboard.notInTotals).toEqual([
      { currency: 'USD', count: 1, amountMinor: 1000, dates: ['2026-05-10'] },
    ]);
  });

  describe('refunds (negative amounts)', () => {
    const totalsOf = (dashboard: { byCategory: Array<{ name: string; totalMinor: number }> }) =>
      Object.fromEntries(dashboard.byCategory.map((entry) => [entry.name, entry.totalMinor]));

    it('lower the month, their category, its budget, the day and the 12-month trend', async () => {
      const person = as((await newUser('dashboard-refunds')).accessToken);
      const ids: Record<string, string> = {};
      for (const item of (await person.get('/categories')).body.items) ids[item.name] = item.id;
      const record = (amountMinor: number, occurredOn: string, name: string) =>
        person.post('/expenses', { amountMinor, occurredOn, description: name, categoryId: ids[name] });
      await person.put('/budgets', { categoryId: null, amountMinor: 50000 });
      await person.put('/budgets', { categoryId: ids.Groceries, amountMinor: 10000 });

      // $50 spent and $20 back in the same category: $30.
      await record(5000, '2026-11-02', 'Groceries');
      expect((await record(-2000, '2026-11-09', 'Groceries')).status).toBe(201);
      let dashboard = (await person.get('/dashboard?month=2026-11')).body;
      expect(dashboard).toMatchObject({
        totalMinor: 3000,
        change: { amountMinor: 3000 },
        overallBudget: { budgetMinor: 50000, percentUsed: 6 },
      });
      expect(dashboard.byCategory).toEqual([
        expect.objectContaining({ name: 'Groceries', totalMinor: 3000, budgetMinor: 10000, percentUsed: 30 }),
      ]);
      expect(dashboard.daily[1]).toEqual({ date: '2026-11-02', totalMinor: 5000 });
      expect(dashboard.daily[8]).toEqual({ date: '2026-11-09', totalMinor: -2000 });
      expect(dashboard.monthly[11]).toEqual({ month: '2026-11', totalMinor: 3000 });
      expect(dashboard.recent[0]).toMatchObject({ amountMinor: -2000, baseAmountMinor: -2000 });

      // More back than spent in a category: its total is negative, listed (last), neither hidden nor clamped.
      await record(1000, '2026-11-03', 'Dining out');
      await record(-2500, '2026-11-04', 'Dining out');
      dashboard = (await person.get('/dashboard?month=2026-11')).body;
      expect(dashboard.totalMinor).toBe(1500);
      expect(dashboard.monthly[11].totalMinor).toBe(1500);
      expect(dashboard.byCategory.map((entry: { name: string }) => entry.name)).toEqual([
        'Groceries',
        'Dining out',
      ]);
      expect(totalsOf(dashboard)).toEqual({ Groceries: 3000, 'Dining out': -1500 });
      expect(dashboard.daily[3]).toEqual({ date: '2026-11-04', totalMinor: -2500 });
    });

    it('in another currency convert to the negative of the same expense (half-even is symmetric)', async () => {
      const person = as((await newUser('dashboard-foreign-refund')).accessToken);
      const ids: Record<string, string> = {};
      for (const item of (await person.get('/categories')).body.items) ids[item.name] = item.id;
      await person.patch('/me', { currency: 'EUR' });
      const spent = await person.post('/expenses', {
        amountMinor: 1001,
        occurredOn: '2026-11-13',
        description: 'Hotel',
        categoryId: ids.Travel,
      });
      const back = await person.post('/expenses', {
        amountMinor: -1001,
        occurredOn: '2026-11-13',
        description: 'Groceries returned',
        categoryId: ids.Groceries,
      });
      expect(back.body).toMatchObject({ amountMinor: -1001, currency: 'EUR' });
      await person.patch('/me', { currency: 'USD' });

      const dashboard = (await person.get('/dashboard?month=2026-11')).body;
      const inUsd = dashboard.recent.find((e: { id: string }) => e.id === spent.body.id).baseAmountMinor;
      expect(inUsd).toBeGreaterThan(1001);
      expect(dashboard.recent.find((e: { id: string }) => e.id === back.body.id).baseAmountMinor).toBe(
        -inUsd,
      );
      expect(totalsOf(dashboard)).toEqual({ Travel: inUsd, Groceries: -inUsd });
      expect(dashboard.totalMinor).toBe(0);
      expect(dashboard.notInTotals).toEqual([]);
    });
  });

  it('keeps answering from its prepared statements after a migration adds a column to every table they read', async () => {
    // A rolling deploy: the new task's migration runs while the old tasks serve from statements they prepared. A
    // statement whose result columns came from a table's `*` would fail there ("cached plan must not change result
    // type"); the dashboard's must not.
    const user = as((await newUser('dashboard-rolling')).accessToken);
    await user.post('/expenses', { amountMinor: 1000, occurredOn: '2026-05-10', description: 'Dollars' });
    await user.patch('/me', { currency: 'EUR' });
    await user.post('/expenses', { amountMinor: 700, occurredOn: '2026-05-11', description: 'Euros' });
    // The first dashboard prepares the dashboard's statement and the groups'; the next, the two in one.
    const before = (await user.get('/dashboard?month=2026-05')).body;
    expect((await user.get('/dashboard?month=2026-05')).body).toEqual(before);

    const tables = [
      'expenses',
      'expense_monthly_totals',
      'categories',
      'budgets',
      'budget_amounts',
      'recurring_series',
      'recurring_occurrences',
      'foreign_spending_months',
      'exchange_rates',
      'exchange_rates_version',
      'personal_exchange_rates',
      'personal_exchange_rates_versions',
    ];
    const db = openDatabase();
    try {
      for (const table of tables)
        await db.$executeRawUnsafe(`ALTER TABLE ${table} ADD COLUMN rolling_deploy_probe int`);
      for (let round = 0; round < 3; round += 1) {
        const after = await user.get('/dashboard?month=2026-05');
        expect(after.status).toBe(200);
        expect(after.body).toEqual(before);
      }
    } finally {
      for (const table of tables)
        await db.$executeRawUnsafe(`ALTER TABLE ${table} DROP COLUMN IF EXISTS rolling_deploy_probe`);
      await db.$disconnect();
    }
  });

  it('validates the month', async () => {
    const response = await api.get('/dashboard?month=2026-13');
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([{ field: 'month', message: 'must be a month as YYYY-MM' }]);
  });
});
