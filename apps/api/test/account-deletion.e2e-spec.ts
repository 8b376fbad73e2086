import { describe, it, expect, afterAll } from 'vitest';
import { randomUUID } from 'node:crypto';
import { addDays, todayIn } from '@spendwise/contracts';
import { type PrismaClient } from '@spendwise/db';
import { claimsOf, cognito, newUser, signIn } from './support/cognito';
import { LOCAL_COGNITO } from './support/constants';
import { openDatabase } from './support/database';
import { as } from './support/http';
import { waitFor } from '@spendwise/local-stack';

/** Every table with a `user_id`, read from the catalog so a table added later is never left out. */
async function rowsOf(db: PrismaClient, userId: string): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<Array<{ table: string }>>`
    SELECT table_name AS "table" FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'user_id' ORDER BY 1`;
  const counts: Record<string, number> = {
    users: (
      await db.$queryRaw<
        Array<{ n: number }>
      >`SELECT count(*)::int AS n FROM users WHERE id = ${userId}::uuid`
    )[0]!.n,
  };
  for (const { table } of tables) {
    const [row] = await db.$queryRawUnsafe<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE user_id = $1::uuid`,
      userId,
    );
    counts[table] = row!.n;
  }
  return counts;
}

/**
 * A person with rows in every table: a custom category, budgets, an exchange rate of their own, expenses (one
 * deleted: a tombstone), totals, a recurring series and its occurrences, a dismissed suggestion, an import, a
 * saved import preset, a categorisation rule and a budget alert sent.
 */
async function personWithData(db: PrismaClient, label: string) {
  const person = await newUser(label);
  const api = as(person.accessToken);
  const me = (await api.get('/me')).body;
  const category = (await api.post('/categories', { name: `Hobby ${label}`, color: '#123456' })).body;
  await api.put('/budgets', { categoryId: null, amountMinor: 50_000 });
  await api.put('/budgets', { categoryId: category.id, amountMinor: 9_000 });
  expect((await api.put('/me/exchange-rates/ARS/2026-05-05', { rate: '1050.5' })).status).toBe(201);
  const expense = (occurredOn: string) => ({ amountMinor: 1234, occurredOn, description: `${label} buys` });
  for (const occurredOn of ['2026-05-05', '2026-06-06']) {
    const created = await api.post(
      '/expenses',
      { ...expense(occurredOn), categoryId: category.id },
      {
        headers: { 'idempotency-key': randomUUID() },
      },
    );
    expect(created.status).toBe(201);
  }
  const doomed = await api.post('/expenses', expense('2026-07-07'), {
    headers: { 'idempotency-key': randomUUID() },
  });
  // Deleted undoably: a tombstone for its key and an undoable action holding the row.
  const bulk = await api.post('/expenses/bulk', { ids: [doomed.body.id], action: { kind: 'delete' } });
  expect(bulk.status).toBe(200);
  // A recurring series whose two occurrences are already expenses.
  const series = await api.post('/recurring', {
    amountMinor: 999,
    description: `${label} rent`,
    schedule: { kind: 'monthly', day: 5 },
    startOn: '2026-05-05',
    endOn: '2026-06-05',
  });
  expect(series.status).toBe(201);
  // A weekly habit up to today, suggested as a series and dismissed.
  const today = todayIn(me.timeZone);
  for (const days of [-14, -7, 0]) {
    expect((await api.post('/expenses', { ...expense(addDays(today, days)), merchant: 'Gym' })).status).toBe(
      201,
    );
  }
  // The category's budget used up this month: a budget alert sent (its claim kept), checked after the answer.
  expect(
    (await api.post('/expenses', { ...expense(today), categoryId: category.id, amountMinor: 9_000 })).status,
  ).toBe(201);
  await waitFor(`${label}'s budget alert`, async () => {
    const [{ n }] = await db.$queryRaw<[{ n: number }]>`
      SELECT count(*)::int AS n FROM budget_alerts_sent WHERE user_id = ${me.id}::uuid`;
    return n === 2;
  });
  const [habit] = (await api.get('/recurring/suggestions')).body.items;
  expect((await api.post(`/recurring/suggestions/${habit.key}/dismiss`)).status).toBe(204);
  const imported = await api.post('/imports?filename=statement.csv', undefined, {
    rawBody: `Date,Description,Amount\n2026-08-08,${label} imports,-12.34\n`,
    headers: { 'content-type': 'application/octet-stream' },
  });
  expect(imported.body).toMatchObject({ stored: 1 });
  const preset = await api.put('/import-presets', {
    name: `${label} bank`,
    mapping: {
      delimiter: ',',
      hasHeader: true,
      dateOrder: null,
      decimalMark: null,
      signConvention: 'negativeIsDebit',
      columns: { date: 'Completed Date', amount: 'Amount', description: 'Description' },
    },
  });
  expect(preset.status).toBe(201);
  const rule = await api.post('/categorisation-rules', {
    kind: 'contains',
    text: `${label} shop`,
    categoryId: category.id,
  });
  expect(rule.status).toBe(201);
  return { ...person, api, id: me.id as string };
}

describe('DELETE /me', () => {
  const db = openDatabase();
  afterAll(() => db.$disconnect());

  it("removes every row of the caller in every table and the Cognito user, and nobody else's rows", async () => {
    const leaving = await personWithData(db, 'leaving');
    const staying = await personWithData(db, 'staying');
    const leavingBefore = await rowsOf(db, leaving.id);
    // The setup reaches every table, so "0 left" below means something.
    expect(Object.entries(leavingBefore).filter(([, n]) => n === 0)).toEqual([]);
    const stayingCounts = await rowsOf(db, staying.id);
    const stayingBefore = await db.$queryRaw`
      SELECT (SELECT json_agg(e ORDER BY e.id) FROM expenses e WHERE user_id = ${staying.id}::uuid) AS expenses,
             (SELECT json_agg(c ORDER BY c.id) FROM categories c WHERE user_id = ${staying.id}::uuid) AS categories`;

    const response = await leaving.api.delete('/me');
    expect(response.status).toBe(204);
    expect(response.text).toBe('');

    expect(Object.values(await rowsOf(db, leaving.id)).every((n) => n === 0)).toBe(true);
    expect(await db.user.count({ where: { cognitoSub: claimsOf(leaving.accessToken).sub } })).toBe(0);
    expect(await rowsOf(db, staying.id)).toEqual(stayingCounts);
    expect(
      await db.$queryRaw`
      SELECT (SELECT json_agg(e ORDER BY e.id) FROM expenses e WHERE user_id = ${staying.id}::uuid) AS expenses,
             (SELECT json_agg(c ORDER BY c.id) FROM categories c WHERE user_id = ${staying.id}::uuid) AS categories`,
    ).toEqual(stayingBefore);
    expect((await staying.api.get('/me')).status).toBe(200);

    // The Cognito user is gone: no sign-in, no refresh.
    await expect(signIn(leaving.email)).rejects.toThrow(/NotAuthorizedException|UserNotFoundException/);
    await expect(
      cognito('GetTokensFromRefreshToken', {
        ClientId: LOCAL_COGNITO.clientId,
        RefreshToken: leaving.refreshToken,
      }),
    ).rejects.toThrow(/NotAuthorizedException/);
  });

  it('afterwards the same token is refused (401) and never re-creates an empty account', async () => {
    const leaving = await personWithData(db, 'again');
    expect((await leaving.api.delete('/me')).status).toBe(204);
    for (const response of [
      await leaving.api.delete('/me'),
      await leaving.api.get('/me'),
      await leaving.api.get('/categories'),
      await leaving.api.post('/expenses', { amountMinor: 1, occurredOn: '2026-05-05', description: 'ghost' }),
    ]) {
      expect(response.status).toBe(401);
    }
    expect(await db.user.count({ where: { cognitoSub: claimsOf(leaving.accessToken).sub } })).toBe(0);
  });

  it('without a token is a 401 and deletes nothing', async () => {
    const before = await db.user.count();
    const response = await as('').delete('/me');
    expect(response.status).toBe(401);
    expect(await db.user.count()).toBe(before);
  });
});
