/**
 * Deleting an expense that was created with an Idempotency-Key leaves a tombstone for that key, so the API can
 * refuse a late retry; deleting the user takes the tombstones with it and writes none for their expenses.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDeploy } from '../cli.mjs';
import { createEmptyDatabase } from './support/databases';

describe('expense_idempotency_tombstones', () => {
  let db: pg.Pool;
  let userId: string;

  beforeAll(async () => {
    const url = await createEmptyDatabase('tombstones');
    await migrateDeploy(url);
    db = new pg.Pool({ connectionString: url, max: 2 });
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO users (id, cognito_sub, email, updated_at) VALUES (gen_random_uuid(), 'sub-t', 't@example.com', now()) RETURNING id`,
    );
    userId = rows[0]!.id;
  });
  afterAll(() => db?.end());

  const addExpense = async (idempotencyKey: string | null) =>
    (
      await db.query<{ id: string }>(
        `INSERT INTO expenses (id, user_id, amount_minor, currency, occurred_on, description, idempotency_key, updated_at)
         VALUES (gen_random_uuid(), $1, 100, 'USD', '2026-11-01', 'x', $2, now()) RETURNING id`,
        [userId, idempotencyKey],
      )
    ).rows[0]!.id;
  const tombstones = async () =>
    (
      await db.query<{ key: string }>(
        'SELECT idempotency_key AS key FROM expense_idempotency_tombstones ORDER BY 1',
      )
    ).rows.map((row) => row.key);

  it('remembers the key of a deleted expense, and only of expenses that had one', async () => {
    const keyed = await addExpense('key-1');
    const unkeyed = await addExpense(null);
    await addExpense('key-2');
    await db.query('DELETE FROM expenses WHERE id = ANY($1)', [[keyed, unkeyed]]);
    expect(await tombstones()).toEqual(['key-1']);
  });

  it('is emptied, not added to, when the user is deleted', async () => {
    await db.query('DELETE FROM users WHERE id = $1', [userId]);
    expect(await tombstones()).toEqual([]);
    expect((await db.query('SELECT count(*)::int AS n FROM expenses')).rows[0].n).toBe(0);
  });
});
