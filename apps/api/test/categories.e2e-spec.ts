import { describe, it, expect, beforeAll } from 'vitest';
import { newUser } from './support/cognito';
import { as } from './support/http';

describe('/categories', () => {
  let api: ReturnType<typeof as>;

  beforeAll(async () => {
    api = as((await newUser('categories')).accessToken);
  });

  it('lists the defaults by name', async () => {
    const response = await api.get('/categories');
    expect(response.status).toBe(200);
    const names = response.body.items.map((category: { name: string }) => category.name);
    expect(names).toHaveLength(10);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
  });

  it('creates, renames, recolours and deletes a category', async () => {
    const created = await api.post('/categories', { name: ' Pets ', color: '#AABBCC' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: 'Pets',
      color: '#aabbcc',
      createdAt: expect.any(String),
    });
    const id = created.body.id as string;

    const renamed = await api.patch(`/categories/${id}`, { name: 'Pet care' });
    expect(renamed.body).toMatchObject({ id, name: 'Pet care', color: '#aabbcc' });
    const recoloured = await api.patch(`/categories/${id}`, { color: '#112233' });
    expect(recoloured.body).toMatchObject({ name: 'Pet care', color: '#112233' });

    expect((await api.delete(`/categories/${id}`)).status).toBe(204);
    expect((await api.delete(`/categories/${id}`)).status).toBe(404);
    expect((await api.patch(`/categories/${id}`, { name: 'Back' })).status).toBe(404);
  });

  it('keeps names unique per user regardless of case (409 naming the field)', async () => {
    const duplicate = await api.post('/categories', { name: 'GROCERIES', color: '#000000' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({
      error: 'CONFLICT',
      details: [{ field: 'name', message: 'is already used by another of your categories' }],
    });
    const travel = (await api.get('/categories')).body.items.find(
      (c: { name: string }) => c.name === 'Travel',
    );
    expect((await api.patch(`/categories/${travel.id}`, { name: 'groceries' })).status).toBe(409);
    // Another user may use the same name.
    const other = as((await newUser('categories-other')).accessToken);
    expect((await other.post('/categories', { name: 'Pets', color: '#000000' })).status).toBe(201);
  });

  it('uncategorises the expenses of a deleted category and removes its budget', async () => {
    const category = (await api.post('/categories', { name: 'Short-lived', color: '#123456' })).body;
    const expense = (
      await api.post('/expenses', {
        amountMinor: 500,
        occurredOn: '2026-01-05',
        description: 'x',
        categoryId: category.id,
      })
    ).body;
    await api.put('/budgets', { categoryId: category.id, amountMinor: 1000 });

    expect((await api.delete(`/categories/${category.id}`)).status).toBe(204);
    expect((await api.get(`/expenses/${expense.id}`)).body.categoryId).toBeNull();
    const budgets = (await api.get('/budgets')).body.items;
    expect(budgets.some((budget: { categoryId: string }) => budget.categoryId === category.id)).toBe(false);
  });

  it('validates input, naming each field', async () => {
    const response = await api.post('/categories', { name: '', color: 'red', icon: 'x' });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      { field: 'name', message: 'must be at least 1 character(s)' },
      { field: 'color', message: 'must be a colour as #RRGGBB' },
      { field: 'icon', message: 'is not an allowed field' },
    ]);
    expect((await api.patch('/categories/not-a-uuid', { name: 'x' })).body.details).toEqual([
      { field: 'id', message: 'must be a UUID' },
    ]);
    expect((await api.post('/categories', { name: 'x'.repeat(41), color: '#000000' })).body.details).toEqual([
      { field: 'name', message: 'must be at most 40 characters' },
    ]);
  });
});
