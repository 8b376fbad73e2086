/**
 * Budget rollover (issue 21): with rollover on, a month's available amount is its own amount plus what was left (or
 * overspent: negative) at the end of the month before, carried from the month the budget started — through changes of
 * amount, months without spending, refunds and spending in other currencies (converted at its day's rate, never
 * guessed). Read through GET /budgets?month=, which computes it in one statement (budget-amounts.sql.ts).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { shiftMonth } from '@spendwise/contracts';
import { newUser } from './support/cognito';
import { as } from './support/http';

type Api = ReturnType<typeof as>;

interface Listed {
  id: string;
  categoryId: string | null;
  amountMinor: number;
  carriedMinor: number;
  availableMinor: number;
  rollover: boolean;
}

const spend = async (api: Api, occurredOn: string, amountMinor: number, categoryId: string | null = null) => {
  const response = await api.post('/expenses', { amountMinor, occurredOn, description: 'Spent', categoryId });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
};

const inMonth = async (api: Api, month: string, categoryId: string | null = null) => {
  const response = await api.get(`/budgets?month=${month}`);
  expect(response.status).toBe(200);
  const budget = (response.body.items as Listed[]).find((item) => item.categoryId === categoryId);
  return (
    budget && { own: budget.amountMinor, carried: budget.carriedMinor, available: budget.availableMinor }
  );
};

describe('budget rollover', () => {
  let thisMonth: string;
  let months: string[];

  beforeAll(async () => {
    const probe = as((await newUser('rollover-probe')).accessToken);
    thisMonth = (await probe.get('/dashboard')).body.month;
    // Four months back to this one: m[0] … m[4].
    months = [-4, -3, -2, -1, 0].map((offset) => shiftMonth(thisMonth, offset));
  });

  it('carries underspending, overspending, refunds, months without spending and changes of amount', async () => {
    const api = as((await newUser('rollover')).accessToken);
    const categories = (await api.get('/categories')).body.items as Array<{ id: string; name: string }>;
    const groceries = categories.find((category) => category.name === 'Groceries')!.id;
    const dining = categories.find((category) => category.name === 'Dining out')!.id;
    const [m0, m1, m2, m3, m4] = months as [string, string, string, string, string];

    const overall = await api.put('/budgets', {
      categoryId: null,
      amountMinor: 10_000,
      fromMonth: m0,
      rollover: true,
    });
    expect(overall.status).toBe(201);
    expect(overall.body).toMatchObject({ amountMinor: 10_000, fromMonth: m0, rollover: true });
    // m0: 60.00 of 100.00 spent → 40.00 left.
    await spend(api, `${m0}-03`, 6_000, groceries);
    // m1: 130.00 spent, 10.00 refunded → 120.00 of 100.00 → 20.00 over.
    await spend(api, `${m1}-10`, 13_000, dining);
    await spend(api, `${m1}-11`, -1_000, dining);
    // m2: the amount changes to 50.00 and nothing is spent → 50.00 left.
    await api.patch(`/budgets/${overall.body.id}`, { amountMinor: 5_000, fromMonth: m2 });
    // m3: 80.00 of 50.00 → 30.00 over.
    await spend(api, `${m3}-28`, 8_000, groceries);

    expect(await inMonth(api, shiftMonth(m0, -1))).toBeUndefined();
    expect(await inMonth(api, m0)).toEqual({ own: 10_000, carried: 0, available: 10_000 });
    expect(await inMonth(api, m1)).toEqual({ own: 10_000, carried: 4_000, available: 14_000 });
    expect(await inMonth(api, m2)).toEqual({ own: 5_000, carried: 2_000, available: 7_000 });
    expect(await inMonth(api, m3)).toEqual({ own: 5_000, carried: 7_000, available: 12_000 });
    expect(await inMonth(api, m4)).toEqual({ own: 5_000, carried: 4_000, available: 9_000 });
    // Years on, with nothing spent since: every month's amount carries.
    expect(await inMonth(api, shiftMonth(m4, 36))).toEqual({
      own: 5_000,
      carried: 4_000 + 36 * 5_000,
      available: 4_000 + 37 * 5_000,
    });

    // A category's budget counts that category's spending only; overspending carries as a negative amount.
    const food = await api.put('/budgets', {
      categoryId: groceries,
      amountMinor: 3_000,
      fromMonth: m3,
      rollover: true,
    });
    expect(food.status).toBe(201);
    expect(await inMonth(api, m4, groceries)).toEqual({ own: 3_000, carried: -5_000, available: -2_000 });

    // The dashboard counts against the same available amounts: the carried overspend used Groceries up.
    const dashboard = (await api.get(`/dashboard?month=${m4}`)).body;
    expect(dashboard.overallBudget).toMatchObject({ budgetMinor: 9_000, percentUsed: 0 });
    expect(
      dashboard.byCategory.find((category: { categoryId: string }) => category.categoryId === groceries),
    ).toMatchObject({ totalMinor: 0, budgetMinor: -2_000, percentUsed: 100 });

    // Turned off, the month is its own amount again; on again, the carry is back (it is computed, never stored).
    const off = await api.patch(`/budgets/${food.body.id}`, {
      amountMinor: 3_000,
      fromMonth: m3,
      rollover: false,
    });
    expect(off.body).toMatchObject({ rollover: false });
    expect(await inMonth(api, m4, groceries)).toEqual({ own: 3_000, carried: 0, available: 3_000 });
    // PUT without `rollover` leaves the setting as it is.
    await api.put('/budgets', { categoryId: null, amountMinor: 5_000, fromMonth: m2 });
    expect((await api.get(`/budgets?month=${m4}`)).body.items[0]).toMatchObject({
      rollover: true,
      carriedMinor: 4_000,
    });
  });

  it('carries spending in another currency at its day’s rate, and never one without a rate', async () => {
    const api = as((await newUser('rollover-currency')).accessToken);
    const [, , m2, m3] = months as [string, string, string, string];
    // 10.00 EUR and 10.00 ARS spent in m2, recorded while the person's currency was each of them.
    expect((await api.patch('/me', { currency: 'EUR' })).status).toBe(200);
    await spend(api, `${m2}-05`, 1_000);
    expect((await api.patch('/me', { currency: 'ARS' })).status).toBe(200);
    await spend(api, `${m2}-06`, 1_000);
    expect((await api.patch('/me', { currency: 'USD' })).status).toBe(200);
    // 1 EUR = 1.25 USD that day (the person's own rate wins over ECB's); ECB publishes no ARS rate at all.
    expect((await api.put(`/me/exchange-rates/USD/${m2}-05`, { rate: '1.25' })).status).toBe(201);
    await api.put(`/budgets`, { categoryId: null, amountMinor: 10_000, fromMonth: m2, rollover: true });
    // 12.50 USD for the EUR; the ARS is not counted (the dashboard lists it apart), never at a guessed rate.
    expect(await inMonth(api, m3)).toEqual({ own: 10_000, carried: 8_750, available: 18_750 });
    expect((await api.get(`/dashboard?month=${m2}`)).body).toMatchObject({
      totalMinor: 1_250,
      notInTotals: [{ currency: 'ARS', count: 1 }],
    });
  });

  it('starts a budget set from the beginning in the month it was created', async () => {
    const api = as((await newUser('rollover-new')).accessToken);
    await api.put('/budgets', { categoryId: null, amountMinor: 50_000, rollover: true });
    await spend(api, `${thisMonth}-01`, 51_200);
    expect(await inMonth(api, shiftMonth(thisMonth, -1))).toEqual({
      own: 50_000,
      carried: 0,
      available: 50_000,
    });
    expect(await inMonth(api, thisMonth)).toEqual({ own: 50_000, carried: 0, available: 50_000 });
    expect(await inMonth(api, shiftMonth(thisMonth, 1))).toEqual({
      own: 50_000,
      carried: -1_200,
      available: 48_800,
    });
  });

  it('refuses a rollover that is not true or false, naming the field', async () => {
    const api = as((await newUser('rollover-invalid')).accessToken);
    const response = await api.put('/budgets', { categoryId: null, amountMinor: 100, rollover: 'yes' });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([{ field: 'rollover', message: expect.any(String) }]);
    const created = await api.put('/budgets', { categoryId: null, amountMinor: 100 });
    expect(created.body).toMatchObject({ rollover: false });
    const patched = await api.patch(`/budgets/${created.body.id}`, { amountMinor: 100, rollover: 1 });
    expect(patched.status).toBe(400);
    expect(patched.body.details).toEqual([{ field: 'rollover', message: expect.any(String) }]);
  });
});
