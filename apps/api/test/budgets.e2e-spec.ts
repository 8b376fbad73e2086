import { describe, it, expect, beforeAll } from 'vitest';
import { randomUUID } from 'node:crypto';
import { newUser } from './support/cognito';
import { as } from './support/http';

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
});
