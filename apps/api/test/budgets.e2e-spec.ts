import { describe, it, expect, beforeAll } from 'vitest';
import { randomUUID } from 'node:crypto';
import { newUser } from './support/cognito';
import { as } from './support/http';
import { shiftMonth } from '@spendwise/contracts';

describe('/budgets', () => {
  let api: ReturnType<typeof as>;
  let dining: string;

  beforeAll(async () => {
    api = as((await newUser('budgets')).accessToken);
    dining = (await api.get('/categories')).body.items.find(
      (c: { name: string }) => c.name === 'Dining out',
    ).id;
  });

  it('sets (201), replaces (200), changes and removes the overall and per-category budgets', async () => {
    const overall = await api.put('/budgets', { categoryId: null, amountMinor: 200000 });
    expect(overall.status).toBe(201);
    expect(overall.body).toEqual({
      id: expect.any(String),
      categoryId: null,
      amountMinor: 200000,
      currency: 'USD',
      fromMonth: null,
      rollover: false,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const replaced = await api.put('/budgets', { categoryId: null, amountMinor: 250000 });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ id: overall.body.id, amountMinor: 250000 });

    const perCategory = await api.put('/budgets', { categoryId: dining, amountMinor: 30000 });
    expect(perCategory.status).toBe(201);

    const list = await api.get('/budgets');
    expect(list.body.items.map((budget: { categoryId: string | null }) => budget.categoryId)).toEqual([
      null,
      dining,
    ]);

    const changed = await api.patch(`/budgets/${perCategory.body.id}`, { amountMinor: 35000 });
    expect(changed.body).toMatchObject({ id: perCategory.body.id, categoryId: dining, amountMinor: 35000 });

    expect((await api.delete(`/budgets/${perCategory.body.id}`)).status).toBe(204);
    expect((await api.delete(`/budgets/${perCategory.body.id}`)).status).toBe(404);
    expect((await api.patch(`/budgets/${perCategory.body.id}`, { amountMinor: 1 })).status).toBe(404);
    expect((await api.get('/budgets')).body.items).toHaveLength(1);
  });

  it('keeps one overall budget even when two are set at once', async () => {
    const user = as((await newUser('budgets-race')).accessToken);
    const responses = await Promise.all(
      [1000, 2000, 3000].map((amountMinor) => user.put('/budgets', { categoryId: null, amountMinor })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 201]);
    expect((await user.get('/budgets')).body.items).toHaveLength(1);
  });

  it('validates input and refuses categories that are not the caller’s', async () => {
    const response = await api.put('/budgets', { amountMinor: -1 });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      { field: 'categoryId', message: 'is required' },
      { field: 'amountMinor', message: 'must be greater than zero' },
    ]);
    const unknown = await api.put('/budgets', { categoryId: randomUUID(), amountMinor: 100 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([{ field: 'categoryId', message: 'is not one of your categories' }]);
    expect((await api.patch(`/budgets/${randomUUID()}`, { amountMinor: 0 })).body.details).toEqual([
      { field: 'amountMinor', message: 'must be greater than zero' },
    ]);
  });

  it('applies an amount from a month on: changing it this month leaves the months before as they were', async () => {
    const user = as((await newUser('budgets-months')).accessToken);
    const thisMonth: string = (await user.get('/dashboard')).body.month;
    const last = shiftMonth(thisMonth, -1);
    const twoBack = shiftMonth(thisMonth, -2);
    const groceries = (await user.get('/categories')).body.items.find(
      (c: { name: string }) => c.name === 'Groceries',
    ).id;
    const budgetsIn = async (month: string) => {
      const dashboard = (await user.get(`/dashboard?month=${month}`)).body;
      const category = dashboard.byCategory.find((c: { categoryId: string }) => c.categoryId === groceries);
      return {
        overall: dashboard.overallBudget?.budgetMinor ?? null,
        groceries: category?.budgetMinor ?? null,
      };
    };

    // A new budget's amount applies from the beginning, to the months before it too, as a budget always did.
    const overall = await user.put('/budgets', { categoryId: null, amountMinor: 50000 });
    expect(overall.body).toMatchObject({ amountMinor: 50000, fromMonth: null });
    await user.put('/budgets', { categoryId: groceries, amountMinor: 20000 });
    expect(await budgetsIn(last)).toEqual({ overall: 50000, groceries: 20000 });

    // Changed from this month on (the default): last month keeps its amount.
    const changed = await user.put('/budgets', { categoryId: null, amountMinor: 80000 });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: overall.body.id, amountMinor: 80000, fromMonth: thisMonth });
    const groceriesId = (await user.get('/budgets')).body.items[1].id;
    await user.patch(`/budgets/${groceriesId}`, { amountMinor: 25000 });
    expect(await budgetsIn(thisMonth)).toEqual({ overall: 80000, groceries: 25000 });
    expect(await budgetsIn(last)).toEqual({ overall: 50000, groceries: 20000 });

    // From an explicit earlier month on: up to the next change only; the newest amount stays the budget's amount.
    const earlier = await user.patch(`/budgets/${overall.body.id}`, { amountMinor: 60000, fromMonth: last });
    expect(earlier.body).toMatchObject({ amountMinor: 80000, fromMonth: thisMonth });
    expect((await budgetsIn(last)).overall).toBe(60000);
    expect((await budgetsIn(twoBack)).overall).toBe(50000);
    expect((await budgetsIn(thisMonth)).overall).toBe(80000);
    // Setting the same month again replaces that month's amount, it does not add a second one.
    await user.put('/budgets', { categoryId: null, amountMinor: 65000, fromMonth: last });
    expect((await budgetsIn(last)).overall).toBe(65000);

    const invalid = await user.patch(`/budgets/${overall.body.id}`, {
      amountMinor: 100,
      fromMonth: '2026-13',
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.details).toEqual([{ field: 'fromMonth', message: 'must be a month as YYYY-MM' }]);
    expect(
      (await user.put('/budgets', { categoryId: null, amountMinor: 100, fromMonth: 202612 })).status,
    ).toBe(400);

    // A new budget from an explicit month on: nothing before it.
    const dining = (await user.get('/categories')).body.items.find(
      (c: { name: string }) => c.name === 'Dining out',
    ).id;
    const later = await user.put('/budgets', { categoryId: dining, amountMinor: 9000, fromMonth: thisMonth });
    expect(later.body).toMatchObject({ amountMinor: 9000, fromMonth: thisMonth });
    const diningIn = async (month: string) =>
      (await user.get(`/dashboard?month=${month}`)).body.byCategory.find(
        (c: { categoryId: string }) => c.categoryId === dining,
      );
    expect(await diningIn(thisMonth)).toMatchObject({ budgetMinor: 9000 });
    expect(await diningIn(last)).toBeUndefined();

    // Deleting the budget deletes its history with it.
    expect((await user.delete(`/budgets/${overall.body.id}`)).status).toBe(204);
    expect((await budgetsIn(last)).overall).toBeNull();
  });

  it('lists the budgets as they were in a month: that month’s amount, none that started later', async () => {
    const user = as((await newUser('budgets-by-month')).accessToken);
    const groceries = (await user.get('/categories')).body.items.find(
      (c: { name: string }) => c.name === 'Groceries',
    ).id;
    const overall = await user.put('/budgets', {
      categoryId: null,
      amountMinor: 40000,
      fromMonth: '2026-01',
    });
    await user.patch(`/budgets/${overall.body.id}`, { amountMinor: 45000, fromMonth: '2026-03' });
    const food = await user.put('/budgets', {
      categoryId: groceries,
      amountMinor: 9000,
      fromMonth: '2026-03',
    });
    const listed = async (month: string) =>
      (await user.get(`/budgets?month=${month}`)).body.items.map(
        (budget: { id: string; amountMinor: number; fromMonth: string | null }) => [
          budget.id,
          budget.amountMinor,
          budget.fromMonth,
        ],
      );

    expect(await listed('2026-02')).toEqual([[overall.body.id, 40000, '2026-01']]);
    expect(await listed('2026-03')).toEqual([
      [overall.body.id, 45000, '2026-03'],
      [food.body.id, 9000, '2026-03'],
    ]);
    expect(await listed('2025-12')).toEqual([]);
    // Without a month: this month's amounts, as the page always showed.
    const thisMonth = (await user.get('/budgets')).body.items;
    expect(thisMonth.map((budget: { amountMinor: number }) => budget.amountMinor)).toEqual([45000, 9000]);
    expect(thisMonth[0]).toMatchObject({ currency: 'USD', categoryId: null });

    for (const month of ['2026-13', '26-01', 'abc', '2026-1', '']) {
      const response = await user.get(`/budgets?month=${month}`);
      expect(response.status, month).toBe(400);
      expect(response.body.details).toEqual([{ field: 'month', message: 'must be a month as YYYY-MM' }]);
    }
    const unknown = await user.get('/budgets?month=2026-03&year=2026');
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([{ field: 'year', message: expect.any(String) }]);

    // Another person sees none of them, in any month.
    const stranger = as((await newUser('budgets-by-month-other')).accessToken);
    for (const month of ['2026-02', '2026-03']) {
      expect((await stranger.get(`/budgets?month=${month}`)).body).toEqual({ items: [] });
    }
  });
});
