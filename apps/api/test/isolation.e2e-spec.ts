import { describe, it, expect, beforeAll } from 'vitest';
import { newUser } from './support/cognito';
import { as } from './support/http';

/** A second user can neither see, change nor delete the first user's data, on any route. */
describe("one user's data is invisible to another", () => {
  let owner: ReturnType<typeof as>;
  let intruder: ReturnType<typeof as>;
  let category: { id: string; name: string };
  let expense: { id: string };
  let budget: { id: string };

  beforeAll(async () => {
    owner = as((await newUser('owner')).accessToken);
    intruder = as((await newUser('intruder')).accessToken);
    category = (await owner.post('/categories', { name: 'Secret hobby', color: '#123456' })).body;
    expense = (
      await owner.post('/expenses', {
        amountMinor: 4242,
        occurredOn: '2026-05-05',
        description: 'Secret purchase',
        categoryId: category.id,
      })
    ).body;
    budget = (await owner.put('/budgets', { categoryId: category.id, amountMinor: 9000 })).body;
  });

  const notFound = { statusCode: 404, error: 'NOT_FOUND' };

  it.each([
    ['GET', () => `/expenses/${expense.id}`, undefined],
    ['PATCH', () => `/expenses/${expense.id}`, { description: 'Mine now' }],
    ['DELETE', () => `/expenses/${expense.id}`, undefined],
    ['PATCH', () => `/categories/${category.id}`, { name: 'Renamed' }],
    ['DELETE', () => `/categories/${category.id}`, undefined],
    ['PATCH', () => `/budgets/${budget.id}`, { amountMinor: 1 }],
    ['DELETE', () => `/budgets/${budget.id}`, undefined],
  ] as const)(
    '%s %s answers 404, exactly as for a resource that does not exist',
    async (method, path, body) => {
      const response =
        method === 'GET'
          ? await intruder.get(path())
          : method === 'PATCH'
            ? await intruder.patch(path(), body)
            : await intruder.delete(path());
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject(notFound);
      const missing = path().replace(/[0-9a-f-]{36}$/, '00000000-0000-7000-8000-000000000000');
      const forMissing =
        method === 'GET'
          ? await intruder.get(missing)
          : method === 'PATCH'
            ? await intruder.patch(missing, body)
            : await intruder.delete(missing);
      expect({ ...forMissing.body, requestId: 'x' }).toEqual({ ...response.body, requestId: 'x' });
    },
  );

  it("cannot use the owner's category for its own expenses or budgets", async () => {
    const expenseWith = await intruder.post('/expenses', {
      amountMinor: 1,
      occurredOn: '2026-05-05',
      description: 'x',
      categoryId: category.id,
    });
    expect(expenseWith.status).toBe(400);
    expect(expenseWith.body.details).toEqual([
      { field: 'categoryId', message: 'is not one of your categories' },
    ]);
    const own = (
      await intruder.post('/expenses', { amountMinor: 1, occurredOn: '2026-05-05', description: 'own' })
    ).body;
    expect((await intruder.patch(`/expenses/${own.id}`, { categoryId: category.id })).status).toBe(400);
    expect((await intruder.put('/budgets', { categoryId: category.id, amountMinor: 1 })).status).toBe(400);
  });

  it("sees none of the owner's data in lists, filters, the export or the dashboard", async () => {
    const categories = (await intruder.get('/categories')).body.items;
    expect(categories.map((c: { id: string }) => c.id)).not.toContain(category.id);
    expect((await intruder.get('/expenses')).body.items.map((e: { id: string }) => e.id)).not.toContain(
      expense.id,
    );
    expect((await intruder.get(`/expenses?categoryId=${category.id}`)).body.items).toEqual([]);
    expect((await intruder.get('/expenses?q=Secret')).body.items).toEqual([]);
    expect((await intruder.get('/budgets')).body.items.map((b: { id: string }) => b.id)).not.toContain(
      budget.id,
    );
    expect((await intruder.get('/expenses/export.csv')).text).not.toContain('Secret');
    const dashboard = (await intruder.get('/dashboard?month=2026-05')).body;
    expect(dashboard.totalMinor).toBe(1);
    expect(JSON.stringify(dashboard)).not.toContain('Secret');
  });

  it("left the owner's data untouched", async () => {
    expect((await owner.get(`/expenses/${expense.id}`)).body).toMatchObject({
      description: 'Secret purchase',
      categoryId: category.id,
    });
    expect((await owner.get('/categories')).body.items).toContainEqual(
      expect.objectContaining({ name: 'Secret hobby' }),
    );
    expect((await owner.get('/budgets')).body.items).toContainEqual(
      expect.objectContaining({ id: budget.id, amountMinor: 9000 }),
    );
  });
});
