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
    expect(zero.body.details).toEqual([
      {
        field: 'amountMinor',
        message: 'must not be zero: a positive amount is spending, a negative one a refund',
      },
    ]);
    const tooBigRefund = await api.post('/expenses', {
      amountMinor: -1_000_000_001,
      occurredOn: '2026-01-01',
      description: 'x',
    });
    expect(tooBigRefund.status).toBe(400);
    expect(tooBigRefund.body.details).toEqual([
      { field: 'amountMinor', message: 'must be at least -1000000000 (the largest refund)' },
    ]);
    const zeroEdit = await api.patch(`/expenses/${randomUUID()}`, { amountMinor: 0 });
    expect(zeroEdit.status).toBe(400);
    expect(zeroEdit.body.details[0].field).toBe('amountMinor');
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

  describe('refunds (a negative amount)', () => {
    const csvRows = (text: string) =>
      text
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split(','));

    it('lowers the list total and shows in the export as a negative amount, beside the expense', async () => {
      const person = as((await newUser('refunds')).accessToken);
      const clothes = (await person.get('/categories')).body.items[0].id as string;
      const bought = await person.post('/expenses', {
        amountMinor: 5000,
        occurredOn: '2026-06-03',
        description: 'Jacket',
        categoryId: clothes,
      });
      const refund = await person.post('/expenses', {
        amountMinor: -2000,
        occurredOn: '2026-06-10',
        description: 'Jacket returned',
        categoryId: clothes,
      });
      expect(bought.status).toBe(201);
      expect(refund.status).toBe(201);
      expect(refund.body).toMatchObject({ amountMinor: -2000, currency: 'USD', categoryId: clothes });
      expect((await person.get(`/expenses/${refund.body.id}`)).body.amountMinor).toBe(-2000);

      const summary = (await person.get('/expenses/summary')).body;
      expect(summary).toMatchObject({ count: 2, totalMinor: 3000, baseCurrency: 'USD' });
      const listed = (await person.get('/expenses')).body.items;
      expect(listed.map((e: { amountMinor: number; baseAmountMinor: number }) => e.baseAmountMinor)).toEqual([
        -2000, 5000,
      ]);
      // Amounts compare signed: maxAmount=-1 finds the refunds only, minAmount=1 the spending only.
      expect(
        (await person.get('/expenses?maxAmount=-1')).body.items.map((e: { id: string }) => e.id),
      ).toEqual([refund.body.id]);
      expect((await person.get('/expenses/summary?minAmount=1')).body.totalMinor).toBe(5000);
      // The web's "Refunds only" switch is maxAmount=-1: the list's count and total follow it.
      expect((await person.get('/expenses/summary?maxAmount=-1')).body).toMatchObject({
        count: 1,
        totalMinor: -2000,
      });

      const rows = csvRows((await person.get('/expenses/export.csv')).text);
      expect(rows.map((row) => row.slice(0, 2).concat(row.slice(4, 8)))).toEqual([
        ['2026-06-10', 'Jacket returned', '-20.00', 'USD', '-20.00', 'USD'],
        ['2026-06-03', 'Jacket', '50.00', 'USD', '50.00', 'USD'],
      ]);
    });

    it('turns a refund back into an expense and again into a refund, and touches no one else', async () => {
      const person = as((await newUser('refund-edit')).accessToken);
      const other = as((await newUser('refund-other')).accessToken);
      const theirs = await other.post('/expenses', {
        amountMinor: 700,
        occurredOn: '2026-06-04',
        description: 'Not yours',
      });
      const { id } = (
        await person.post('/expenses', {
          amountMinor: -2000,
          occurredOn: '2026-06-10',
          description: 'Return',
        })
      ).body;

      const asExpense = await person.patch(`/expenses/${id}`, { amountMinor: 2000 });
      expect(asExpense.status).toBe(200);
      expect(asExpense.body.amountMinor).toBe(2000);
      expect((await person.get('/expenses/summary')).body.totalMinor).toBe(2000);
      expect((await person.get('/dashboard?month=2026-06')).body.totalMinor).toBe(2000);

      const asRefund = await person.patch(`/expenses/${id}`, { amountMinor: -1500 });
      expect(asRefund.body.amountMinor).toBe(-1500);
      expect((await person.get('/expenses/summary')).body.totalMinor).toBe(-1500);
      expect((await person.get('/dashboard?month=2026-06')).body.totalMinor).toBe(-1500);

      // Someone else can neither change nor see it, and their own totals never move.
      expect((await other.patch(`/expenses/${id}`, { amountMinor: -1 })).status).toBe(404);
      expect((await other.get(`/expenses/${id}`)).status).toBe(404);
      expect((await other.get(`/expenses/${theirs.body.id}`)).body.amountMinor).toBe(700);
      expect((await other.get('/expenses/summary')).body).toMatchObject({ count: 1, totalMinor: 700 });
      expect((await other.get('/dashboard?month=2026-06')).body.totalMinor).toBe(700);
    });
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
