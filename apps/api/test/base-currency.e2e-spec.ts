import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  buildRateTable,
  convertMinor,
  type ExchangeRate,
  type RateTable,
  rateUsed,
} from '@spendwise/contracts';
import { type PrismaClient } from '@spendwise/db';
import { newUser } from './support/cognito';
import { openDatabase } from './support/database';
import { as } from './support/http';

/**
 * A currency switch never hides or relabels money: every expense counts in the dashboard, converted to the base
 * currency at its date's rate, budgets are converted at the latest rate, and an expense without a rate is reported
 * apart until one exists. Expectations are computed here from the rates in the database (the sample ECB file the
 * stack imports), with the same convertMinor the API uses — never typed in.
 */
describe('base currency: a currency switch keeps every amount', () => {
  let db: PrismaClient;
  let api: ReturnType<typeof as>;
  let rates: RateTable;
  let latest: { table: RateTable; date: string };
  let groceries: string;
  // Before the first rate of the sample file (5 October 2026): no rate within 7 days.
  const NO_RATE_DAY = '2026-09-20';

  const convert = (amountMinor: number, from: string, to: string, date: string, table = rates) => {
    const conversion = convertMinor(amountMinor, from, to, date, table);
    if (!conversion.ok) throw new Error(`test data: no rate for ${conversion.currency} on ${date}`);
    return conversion.amountMinor;
  };
  const budgets = async () =>
    Object.fromEntries(
      (await api.get('/budgets')).body.items.map((budget: { categoryId: string | null }) => [
        budget.categoryId ?? 'overall',
        budget,
      ]),
    );

  const readRates = async () =>
    buildRateTable(
      await db.$queryRaw<ExchangeRate[]>`
        SELECT currency, to_char(date, 'YYYY-MM-DD') AS date, rate::text AS rate FROM exchange_rates`,
    );

  beforeAll(async () => {
    db = openDatabase();
    rates = await readRates();
    const newest = await db.$queryRaw<ExchangeRate[]>`
      SELECT DISTINCT ON (currency) currency, to_char(date, 'YYYY-MM-DD') AS date, rate::text AS rate
      FROM exchange_rates WHERE currency IN ('USD', 'JPY') ORDER BY currency, date DESC`;
    latest = {
      table: buildRateTable(newest),
      date: newest
        .map((rate) => rate.date)
        .sort()
        .at(-1)!,
    };
    api = as((await newUser('base-currency')).accessToken);
    groceries = (await api.get('/categories')).body.items.find(
      (c: { name: string }) => c.name === 'Groceries',
    ).id;
  });

  afterAll(async () => {
    await db.$executeRaw`DELETE FROM exchange_rates WHERE currency = 'JPY' AND date = ${NO_RATE_DAY}::date - 2`;
    await db.$disconnect();
  });

  it('converts totals, budgets and recent expenses into the base currency, and counts the unconvertible apart', async () => {
    const spend = (amountMinor: number, occurredOn: string, categoryId: string | null = null) =>
      api.post('/expenses', {
        amountMinor,
        occurredOn,
        description: `${amountMinor} on ${occurredOn}`,
        categoryId,
      });

    // In USD: expenses and budgets.
    await spend(1234, '2026-11-10', groceries);
    await spend(5000, '2026-11-14'); // a Saturday: Friday's rate
    expect((await api.put('/budgets', { categoryId: null, amountMinor: 150000 })).body.currency).toBe('USD');
    await api.put('/budgets', { categoryId: groceries, amountMinor: 40000 });

    // USD → EUR: budgets convert at the latest rate.
    expect((await api.patch('/me', { currency: 'EUR' })).status).toBe(200);
    let expectedOverall = convert(150000, 'USD', 'EUR', latest.date, latest.table);
    let expectedGroceries = convert(40000, 'USD', 'EUR', latest.date, latest.table);
    expect(await budgets()).toMatchObject({
      overall: { amountMinor: expectedOverall, currency: 'EUR' },
      [groceries]: { amountMinor: expectedGroceries, currency: 'EUR' },
    });
    await spend(2000, '2026-11-12', groceries);

    // EUR → JPY, and JPY expenses: one of them dated before any rate.
    expect((await api.patch('/me', { currency: 'JPY' })).status).toBe(200);
    expectedOverall = convert(expectedOverall, 'EUR', 'JPY', latest.date, latest.table);
    expectedGroceries = convert(expectedGroceries, 'EUR', 'JPY', latest.date, latest.table);
    await spend(3000, '2026-11-13');
    await spend(4500, NO_RATE_DAY);

    // A currency ECB does not publish: the budgets cannot be converted, so nothing changes.
    const refused = await api.patch('/me', { currency: 'ARS' });
    expect(refused.status).toBe(409);
    expect(refused.body.details).toEqual([{ field: 'currency', message: 'no exchange rate for ARS' }]);
    expect((await api.get('/me')).body.currency).toBe('JPY');
    expect((await budgets()).overall).toMatchObject({ amountMinor: expectedOverall, currency: 'JPY' });

    // JPY → EUR.
    expect((await api.patch('/me', { currency: 'EUR' })).status).toBe(200);
    expectedOverall = convert(expectedOverall, 'JPY', 'EUR', latest.date, latest.table);
    expectedGroceries = convert(expectedGroceries, 'JPY', 'EUR', latest.date, latest.table);
    expect(await budgets()).toMatchObject({
      overall: { amountMinor: expectedOverall, currency: 'EUR' },
      [groceries]: { amountMinor: expectedGroceries, currency: 'EUR' },
    });

    const usdGroceries = convert(1234, 'USD', 'EUR', '2026-11-10');
    const usdSaturday = convert(5000, 'USD', 'EUR', '2026-11-14');
    const yen = convert(3000, 'JPY', 'EUR', '2026-11-13');
    const total = 2000 + usdGroceries + usdSaturday + yen;
    const dashboard = (await api.get('/dashboard?month=2026-11')).body;
    expect(dashboard).toMatchObject({
      currency: 'EUR',
      totalMinor: total,
      overallBudget: {
        budgetMinor: expectedOverall,
        percentUsed: Math.round((total / expectedOverall) * 1000) / 10,
      },
    });
    expect(dashboard.byCategory).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          categoryId: groceries,
          totalMinor: 2000 + usdGroceries,
          budgetMinor: expectedGroceries,
        }),
        expect.objectContaining({ categoryId: null, totalMinor: usdSaturday + yen }),
      ]),
    );
    const day = (date: string) =>
      dashboard.daily.find((entry: { date: string }) => entry.date === date).totalMinor;
    expect([day('2026-11-10'), day('2026-11-12'), day('2026-11-13'), day('2026-11-14')]).toEqual([
      usdGroceries,
      2000,
      yen,
      usdSaturday,
    ]);
    const month = (key: string) =>
      dashboard.monthly.find((entry: { month: string }) => entry.month === key).totalMinor;
    expect(month('2026-11')).toBe(total);
    expect(month('2026-09')).toBe(0);
    expect(dashboard.notInTotals).toEqual([
      { currency: 'JPY', count: 1, amountMinor: 4500, dates: [NO_RATE_DAY] },
    ]);
    const recent = Object.fromEntries(
      dashboard.recent.map((expense: { occurredOn: string }) => [expense.occurredOn, expense]),
    );
    expect(recent['2026-11-14']).toMatchObject({
      amountMinor: 5000,
      currency: 'USD',
      baseAmountMinor: usdSaturday,
    });
    expect(recent['2026-11-12']).toMatchObject({ amountMinor: 2000, currency: 'EUR', baseAmountMinor: 2000 });
    expect(recent[NO_RATE_DAY]).toMatchObject({ amountMinor: 4500, currency: 'JPY', baseAmountMinor: null });

    // A rate for that day appears (Friday before it): the expense counts at once.
    await db.$executeRaw`
      INSERT INTO exchange_rates (currency, date, rate, updated_at) VALUES ('JPY', ${NO_RATE_DAY}::date - 2, 175.5, now())`;
    const september = convert(4500, 'JPY', 'EUR', NO_RATE_DAY, await readRates());
    const after = (await api.get('/dashboard?month=2026-11')).body;
    expect(after.notInTotals).toEqual([]);
    expect(after.monthly.find((entry: { month: string }) => entry.month === '2026-09').totalMinor).toBe(
      september,
    );
    expect(after.totalMinor).toBe(total);
  });

  it("converts every month's budget amount, so a past month keeps its own amount in the new currency", async () => {
    const person = as((await newUser('base-currency-months')).accessToken);
    const overallIn = async (month: string) =>
      (await person.get(`/dashboard?month=${month}`)).body.overallBudget.budgetMinor;
    await person.put('/budgets', { categoryId: null, amountMinor: 150000 });
    await person.put('/budgets', { categoryId: null, amountMinor: 90000, fromMonth: '2026-10' });
    expect((await person.patch('/me', { currency: 'EUR' })).status).toBe(200);
    expect(await overallIn('2026-09')).toBe(convert(150000, 'USD', 'EUR', latest.date, latest.table));
    expect(await overallIn('2026-10')).toBe(convert(90000, 'USD', 'EUR', latest.date, latest.table));
    expect((await person.get('/budgets')).body.items[0]).toMatchObject({
      amountMinor: convert(90000, 'USD', 'EUR', latest.date, latest.table),
      currency: 'EUR',
      fromMonth: '2026-10',
    });
  });

  it('lists and exports each expense as recorded, beside it in the base currency (rates used), or why not', async () => {
    const person = as((await newUser('export-currency')).accessToken);
    const spendIn = async (
      currency: string,
      amountMinor: number,
      occurredOn: string,
      description: string,
    ) => {
      expect((await person.patch('/me', { currency })).status).toBe(200);
      expect((await person.post('/expenses', { amountMinor, occurredOn, description })).status).toBe(201);
    };
    await spendIn('JPY', 3000, '2026-11-13', 'Ramen');
    await spendIn('EUR', 2000, '2026-11-14', 'Saturday cafe');
    await spendIn('EUR', 4500, NO_RATE_DAY, 'Old receipt');
    await spendIn('USD', 1234, '2026-11-10', 'Groceries');
    const table = await readRates();
    const used = (code: string, date: string) => {
      const rate = rateUsed(table, code, date)!;
      return `1 EUR = ${rate.rate} ${code} (${rate.rateDate})`;
    };

    const response = await person.get('/expenses/export.csv');
    expect(response.status).toBe(200);
    const [header, ...lines] = response.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header).toBe(
      'Date,Description,Merchant,Category,Amount,Currency,Amount in base currency,Base currency,Rates used,' +
        'Not converted because,Tags,Note,Id,Created at',
    );
    const rows = Object.fromEntries(
      lines.map((line) => {
        const cells = line.split(',');
        return [cells[1], cells.slice(4, 10)];
      }),
    );
    const usd = (minor: number) => (minor / 100).toFixed(2);
    expect(rows).toEqual({
      Groceries: ['12.34', 'USD', '12.34', 'USD', '', ''],
      // Saturday: Friday's rate, named with its own date.
      'Saturday cafe': [
        '20.00',
        'EUR',
        usd(convert(2000, 'EUR', 'USD', '2026-11-14', table)),
        'USD',
        used('USD', '2026-11-14'),
        '',
      ],
      Ramen: [
        '3000',
        'JPY',
        usd(convert(3000, 'JPY', 'USD', '2026-11-13', table)),
        'USD',
        `${used('JPY', '2026-11-13')}; ${used('USD', '2026-11-13')}`,
        '',
      ],
      // Never 1:1: empty, with the reason.
      'Old receipt': ['45.00', 'EUR', '', 'USD', '', `no rate for USD on ${NO_RATE_DAY}`],
    });
    // The expense list says the same: each expense in the base currency beside the one it was recorded in.
    const page = (await person.get('/expenses')).body;
    expect(page.baseCurrency).toBe('USD');
    expect(
      Object.fromEntries(
        page.items.map(
          (expense: { description: string; amountMinor: number; baseAmountMinor: number | null }) => [
            expense.description,
            [expense.amountMinor, expense.baseAmountMinor],
          ],
        ),
      ),
    ).toEqual({
      Groceries: [1234, 1234],
      'Saturday cafe': [2000, convert(2000, 'EUR', 'USD', '2026-11-14', table)],
      Ramen: [3000, convert(3000, 'JPY', 'USD', '2026-11-13', table)],
      'Old receipt': [4500, null],
    });
    expect(used('USD', '2026-11-14')).toMatch(/^1 EUR = \d+\.\d+ USD \(2026-11-13\)$/);
  });
});
