import { describe, it, expect, beforeAll } from 'vitest';
import { randomUUID } from 'node:crypto';
import { newUser } from './support/cognito';
import { as } from './support/http';

describe('/expenses: create, read, update, delete', () => {
  let api: ReturnType<typeof as>;
  let groceries: string;

  beforeAll(async () => {
    api = as((await newUser('expenses')).accessToken);
    groceries = (await api.get('/categories')).body.items.find(
      (c: { name: string }) => c.name === 'Groceries',
    ).id;
  });

  it("records an expense in the user's currency, with every optional field", async () => {
    const created = await api.post('/expenses', {
      amountMinor: 4599,
      occurredOn: '2026-02-28',
      description: ' Weekly shop ',
      merchant: 'Corner Market',
      note: 'Paid by card\nreceipt in drawer',
      tags: ['Food', 'food', 'family'],
      categoryId: groceries,
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      amountMinor: 4599,
      currency: 'USD',
      occurredOn: '2026-02-28',
      description: 'Weekly shop',
      merchant: 'Corner Market',
      note: 'Paid by card\nreceipt in drawer',
      tags: ['food', 'family'],
      categoryId: groceries,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((await api.get(`/expenses/${created.body.id}`)).body).toEqual(created.body);
  });

  it('changes only what is sent, uncategorises with null, and deletes', async () => {
    const { id } = (
      await api.post('/expenses', {
        amountMinor: 100,
        occurredOn: '2026-03-01',
        description: 'Tea',
        categoryId: groceries,
      })
    ).body;
    const changed = await api.patch(`/expenses/${id}`, {
      amountMinor: 150,
      merchant: 'Cafe',
      categoryId: null,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      id,
      amountMinor: 150,
      description: 'Tea',
      merchant: 'Cafe',
      categoryId: null,
    });
    expect((await api.patch(`/expenses/${id}`, { merchant: '' })).body.merchant).toBeNull();

    expect((await api.delete(`/expenses/${id}`)).status).toBe(204);
    expect((await api.get(`/expenses/${id}`)).status).toBe(404);
    expect((await api.delete(`/expenses/${id}`)).status).toBe(404);
    expect((await api.patch(`/expenses/${id}`, { amountMinor: 1 })).status).toBe(404);
  });

  it('keeps the currency an expense was recorded in when the user changes theirs', async () => {
    const user = as((await newUser('currency')).accessToken);
    const before = (
      await user.post('/expenses', { amountMinor: 1000, occurredOn: '2026-03-01', description: 'In dollars' })
    ).body;
    await user.patch('/me', { currency: 'JPY' });
    const after = (
      await user.post('/expenses', { amountMinor: 1000, occurredOn: '2026-03-02', description: 'In yen' })
    ).body;
    expect((await user.get(`/expenses/${before.id}`)).body.currency).toBe('USD');
    expect(after.currency).toBe('JPY');
  });

  it('validates amounts, dates, text and references, naming each field', async () => {
    const response = await api.post('/expenses', {
      amountMinor: 12.5,
      occurredOn: '2026-13-01',
      description: 'x'.repeat(201),
      tags: Array.from({ length: 11 }, (_, index) => `t${index}`),
      categoryId: 'nope',
    });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      { field: 'amountMinor', message: 'must be a whole number of minor units (e.g. cents)' },
      { field: 'occurredOn', message: 'must be a date as YYYY-MM-DD' },
      { field: 'description', message: 'must be at most 200 characters' },
      { field: 'tags', message: 'must hold at most 10 tags' },
      { field: 'categoryId', message: 'must be a UUID' },
    ]);
    const tooBig = await api.post('/expenses', {
      amountMinor: 1_000_000_001,
      occurredOn: '2026-01-01',
      description: 'x',
    });
    expect(tooBig.body.details).toEqual([{ field: 'amountMinor', message: 'must be at most 1000000000' }]);
    const zero = await api.post('/expenses', { amountMinor: 0, occurredOn: '2026-01-01', description: 'x' });
    expect(zero.body.details).toEqual([{ field: 'amountMinor', message: 'must be greater than zero' }]);
    const control = await api.post('/expenses', {
      amountMinor: 1,
      occurredOn: '2026-01-01',
      description: 'a\u0000b',
    });
    expect(control.body.details).toEqual([
      { field: 'description', message: 'must not contain control characters' },
    ]);
    expect((await api.patch(`/expenses/${randomUUID()}`, {})).body.details).toEqual([
      { field: 'body', message: 'send at least one field to change' },
    ]);
  });

  it("refuses a category that is not one of the user's (400 on categoryId)", async () => {
    const response = await api.post('/expenses', {
      amountMinor: 1,
      occurredOn: '2026-01-01',
      description: 'x',
      categoryId: randomUUID(),
    });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      { field: 'categoryId', message: 'is not one of your categories' },
    ]);
  });

  describe('Idempotency-Key', () => {
    const body = { amountMinor: 2500, occurredOn: '2026-04-01', description: 'Taxi home' };

    it('returns the original expense (200) for a retried POST instead of creating another', async () => {
      const key = randomUUID();
      const first = await api.post('/expenses', body, { headers: { 'idempotency-key': key } });
      const retry = await api.post('/expenses', body, { headers: { 'idempotency-key': key } });
      expect(first.status).toBe(201);
      expect(retry.status).toBe(200);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(retry.body).toEqual(first.body);
      const taxis = (await api.get('/expenses?q=Taxi%20home')).body.items.filter(
        (e: { id: string }) => e.id === first.body.id,
      );
      expect(taxis).toHaveLength(1);
    });

    it('creates one expense when retries race', async () => {
      const key = randomUUID();
      const responses = await Promise.all(
        Array.from({ length: 5 }, () =>
          api.post('/expenses', { ...body, description: 'Race' }, { headers: { 'idempotency-key': key } }),
        ),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 201]);
      expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    });

    it('refuses the same key with a different body (409)', async () => {
      const key = randomUUID();
      await api.post('/expenses', body, { headers: { 'idempotency-key': key } });
      const reused = await api.post(
        '/expenses',
        { ...body, amountMinor: 9999 },
        { headers: { 'idempotency-key': key } },
      );
      expect(reused.status).toBe(409);
      expect(reused.body.details).toEqual([
        { field: 'Idempotency-Key', message: 'was already used with a different request body' },
      ]);
    });

    it('refuses a key whose expense has since been deleted (409) and stores nothing', async () => {
      const key = randomUUID();
      const created = await api.post('/expenses', body, { headers: { 'idempotency-key': key } });
      expect((await api.delete(`/expenses/${created.body.id}`)).status).toBe(204);
      const late = await api.post('/expenses', body, { headers: { 'idempotency-key': key } });
      expect(late.status).toBe(409);
      expect(late.body.details).toEqual([
        { field: 'Idempotency-Key', message: 'belongs to an expense that was deleted' },
      ]);
      expect((await api.get(`/expenses/${created.body.id}`)).status).toBe(404);
    });

    it('never brings an expense back when retries of its create race its delete', async () => {
      for (let round = 0; round < 15; round++) {
        const key = randomUUID();
        const raced = { ...body, description: `Raced ${key}` };
        const created = await api.post('/expenses', raced, { headers: { 'idempotency-key': key } });
        const [deleted, ...retries] = await Promise.all([
          api.delete(`/expenses/${created.body.id}`),
          ...Array.from({ length: 3 }, () =>
            api.post('/expenses', raced, { headers: { 'idempotency-key': key } }),
          ),
        ]);
        expect(deleted.status).toBe(204);
        for (const retry of retries) {
          expect([200, 409]).toContain(retry.status);
          if (retry.status === 200) expect(retry.body.id).toBe(created.body.id);
        }
        const stored = await api.get(`/expenses?q=${encodeURIComponent(raced.description)}`);
        expect(stored.body.items).toEqual([]);
      }
    });

    it('rejects a malformed key (400 naming the header)', async () => {
      const response = await api.post('/expenses', body, { headers: { 'idempotency-key': 'has spaces' } });
      expect(response.status).toBe(400);
      expect(response.body.details[0].field).toBe('Idempotency-Key');
    });
  });
});
