/**
 * expense_monthly_totals is derived data kept by triggers: after any mix of writes — single and multi-row,
 * edits that move an expense between months, categories or currencies, deleted categories and users, concurrent
 * writers — it must equal what summing the expenses gives. A pseudo-random but seeded sequence, so a failure
 * replays.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDeploy } from '../cli.mjs';
import { randomFor } from '../src/seed/random';
import { databaseBeforeMigration } from './support/before-migration';

const TOTALS_MIGRATION = '20261126113000_expense_monthly_totals';

const DERIVED = `
  SELECT user_id, currency, to_char(month, 'YYYY-MM') AS month, category_id, total_minor::text AS total, expense_count AS count
  FROM expense_monthly_totals ORDER BY 1, 2, 3, 4 NULLS FIRST`;
const SUMMED = `
  SELECT user_id, currency, to_char(date_trunc('month', occurred_on), 'YYYY-MM') AS month, category_id,
    SUM(amount_minor)::text AS total, COUNT(*)::int AS count
  FROM expenses GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4 NULLS FIRST`;

async function expectTotalsToMatchExpenses(db: pg.Pool) {
  const [derived, summed] = await Promise.all([db.query(DERIVED), db.query(SUMMED)]);
  expect(summed.rows.length).toBeGreaterThan(0);
  expect(derived.rows).toEqual(summed.rows);
}

async function insertUser(db: pg.Pool | pg.PoolClient, label: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO users (id, cognito_sub, email, updated_at) VALUES (gen_random_uuid(), $1, $2, now()) RETURNING id`,
    [`sub-${label}`, `${label}@example.com`],
  );
  return rows[0]!.id;
}

async function insertCategories(db: pg.Pool, userId: string, count: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO categories (id, user_id, name, normalized_name, color, updated_at)
     SELECT gen_random_uuid(), $1, 'Category ' || i, 'category ' || i, '#112233', now() FROM generate_series(1, $2) i
     RETURNING id`,
    [userId, count],
  );
  return rows.map((row) => row.id);
}

const insertExpenses = (
  db: pg.Pool | pg.PoolClient,
  rows: Array<{ userId: string; categoryId: string | null; amount: number; currency: string; on: string }>,
) =>
  db.query(
    `INSERT INTO expenses (id, user_id, category_id, amount_minor, currency, occurred_on, description, updated_at)
     SELECT gen_random_uuid(), r.user_id, r.category_id, r.amount, r.currency, r.on, 'test', now()
     FROM json_to_recordset($1::json) AS r(user_id uuid, category_id uuid, amount int, currency char(3), "on" date)`,
    [JSON.stringify(rows.map((r) => ({ ...r, user_id: r.userId, category_id: r.categoryId })))],
  );

describe('expense_monthly_totals', () => {
  let url: string;
  let db: pg.Pool;

  beforeAll(async () => {
    url = await databaseBeforeMigration('totals', TOTALS_MIGRATION);
    db = new pg.Pool({ connectionString: url, max: 8 });
  });
  afterAll(() => db?.end());

  it('is backfilled from the expenses that exist when the migration runs', async () => {
    // The database stops before the totals migration (beforeAll): write expenses, then deploy the rest.
    const userId = await insertUser(db, 'backfill');
    const [food] = await insertCategories(db, userId, 1);
    await insertExpenses(db, [
      { userId, categoryId: food!, amount: 1250, currency: 'USD', on: '2026-01-31' },
      { userId, categoryId: food!, amount: 750, currency: 'USD', on: '2026-01-01' },
      { userId, categoryId: null, amount: 99, currency: 'EUR', on: '2026-02-14' },
    ]);
    await migrateDeploy(url);

    const { rows } = await db.query(DERIVED);
    expect(rows).toEqual([
      { user_id: userId, currency: 'EUR', month: '2026-02', category_id: null, total: '99', count: 1 },
      { user_id: userId, currency: 'USD', month: '2026-01', category_id: food, total: '2000', count: 2 },
    ]);
  });

  it('equals the summed expenses after 400 random writes of every kind', async () => {
    const random = randomFor(20261126, 'monthly-totals');
    const users = await Promise.all(['a', 'b', 'c'].map((label) => insertUser(db, `random-${label}`)));
    const categoriesOf = new Map<string, string[]>();
    for (const userId of users) categoriesOf.set(userId, await insertCategories(db, userId, 4));
    const someDay = () =>
      `2026-${String(random.int(1, 4)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const someCategory = (userId: string) => random.pick([null, ...(categoriesOf.get(userId) ?? [])]);
    const someExpense = async () =>
      (await db.query<{ id: string }>('SELECT id FROM expenses ORDER BY random() LIMIT 1')).rows[0]?.id;

    const writes = [
      async () => {
        const userId = random.pick(users);
        const rows = Array.from({ length: random.int(1, 5) }, () => ({
          userId,
          categoryId: someCategory(userId),
          amount: random.int(1, 100_000),
          currency: random.pick(['USD', 'USD', 'EUR']),
          on: someDay(),
        }));
        await insertExpenses(db, rows);
      },
      async () => {
        const id = await someExpense();
        await db.query('UPDATE expenses SET amount_minor = $2 WHERE id = $1', [id, random.int(1, 100_000)]);
      },
      async () => {
        const id = await someExpense();
        await db.query('UPDATE expenses SET occurred_on = $2 WHERE id = $1', [id, someDay()]);
      },
      async () => {
        const id = await someExpense();
        const { rows } = await db.query<{ user_id: string }>('SELECT user_id FROM expenses WHERE id = $1', [
          id,
        ]);
        if (rows[0])
          await db.query('UPDATE expenses SET category_id = $2 WHERE id = $1', [
            id,
            someCategory(rows[0].user_id),
          ]);
      },
      async () => {
        const id = await someExpense();
        await db.query(
          "UPDATE expenses SET currency = CASE currency WHEN 'USD' THEN 'EUR' ELSE 'USD' END WHERE id = $1",
          [id],
        );
      },
      async () => {
        await db.query(`UPDATE expenses SET description = 'edited' WHERE id = $1`, [await someExpense()]);
      },
      async () => {
        await db.query('DELETE FROM expenses WHERE id = $1', [await someExpense()]);
      },
      async () => {
        // Many rows at once, across months and categories.
        await db.query(
          'UPDATE expenses SET amount_minor = amount_minor + 1 WHERE user_id = $1 AND occurred_on >= $2',
          [random.pick(users), someDay()],
        );
      },
      async () => {
        // ON DELETE SET NULL moves the category's spending to "uncategorised".
        const userId = random.pick(users);
        const categories = categoriesOf.get(userId)!;
        if (categories.length <= 1) return;
        const gone = categories.splice(random.int(0, categories.length - 1), 1)[0];
        await db.query('DELETE FROM categories WHERE id = $1', [gone]);
      },
    ];
    for (let step = 1; step <= 400; step++) {
      await random.pick(writes)();
      if (step % 50 === 0) await expectTotalsToMatchExpenses(db);
    }

    // Deleting a user cascades to their expenses, and their totals go with them.
    await db.query('DELETE FROM users WHERE id = $1', [users[0]]);
    const left = await db.query('SELECT count(*)::int AS n FROM expense_monthly_totals WHERE user_id = $1', [
      users[0],
    ]);
    expect(left.rows[0].n).toBe(0);
    await expectTotalsToMatchExpenses(db);
  });

  it('subtracts refunds (negative amounts) on insert, sign switches both ways and delete', async () => {
    const userId = await insertUser(db, 'refunds');
    const [shoes] = await insertCategories(db, userId, 1);
    const totalOf = async () =>
      (
        await db.query<{ total: string; count: number }>(
          `SELECT total_minor::text AS total, expense_count AS count FROM expense_monthly_totals
           WHERE user_id = $1 AND category_id = $2 AND month = '2026-07-01'`,
          [userId, shoes],
        )
      ).rows;
    await insertExpenses(db, [
      { userId, categoryId: shoes!, amount: 5000, currency: 'USD', on: '2026-07-02' },
      { userId, categoryId: shoes!, amount: -2000, currency: 'USD', on: '2026-07-09' },
    ]);
    expect(await totalOf()).toEqual([{ total: '3000', count: 2 }]);
    const refund = `user_id = '${userId}' AND amount_minor < 0`;

    // The refund becomes an expense, then a refund again: each switch moves the total by twice its amount.
    await db.query(`UPDATE expenses SET amount_minor = -amount_minor WHERE ${refund}`);
    expect(await totalOf()).toEqual([{ total: '7000', count: 2 }]);
    await db.query(`UPDATE expenses SET amount_minor = -2000 WHERE user_id = $1 AND amount_minor = 2000`, [
      userId,
    ]);
    expect(await totalOf()).toEqual([{ total: '3000', count: 2 }]);

    // Refunds beyond the month's spending leave a negative total, kept rather than clamped or dropped.
    await insertExpenses(db, [
      { userId, categoryId: shoes!, amount: -4500, currency: 'USD', on: '2026-07-20' },
    ]);
    expect(await totalOf()).toEqual([{ total: '-1500', count: 3 }]);

    // A total of zero with expenses behind it is a row (the month had activity); the last one gone removes it.
    await db.query(`DELETE FROM expenses WHERE user_id = $1 AND amount_minor = -4500`, [userId]);
    await db.query(`UPDATE expenses SET amount_minor = -5000 WHERE user_id = $1 AND amount_minor = -2000`, [
      userId,
    ]);
    expect(await totalOf()).toEqual([{ total: '0', count: 2 }]);
    await db.query(`DELETE FROM expenses WHERE ${refund}`);
    expect(await totalOf()).toEqual([{ total: '5000', count: 1 }]);
    await db.query('DELETE FROM expenses WHERE user_id = $1', [userId]);
    expect(await totalOf()).toEqual([]);
    await expectTotalsToMatchExpenses(db);
  });

  it('refuses a zero amount and a refund beyond the largest amount', async () => {
    const userId = await insertUser(db, 'refund-bounds');
    const one = (amount: number) =>
      insertExpenses(db, [{ userId, categoryId: null, amount, currency: 'USD', on: '2026-07-01' }]);
    await one(-1_000_000_000);
    await expect(one(0)).rejects.toThrow(/expenses_amount_minor_check/);
    await expect(one(-1_000_000_001)).rejects.toThrow(/expenses_amount_minor_check/);
  });

  it('does not rewrite totals when an edit leaves amount, month, category and currency alone', async () => {
    const userId = await insertUser(db, 'untouched');
    await insertExpenses(db, [{ userId, categoryId: null, amount: 500, currency: 'USD', on: '2026-03-03' }]);
    const version = () =>
      db.query<{ xmin: string }>('SELECT xmin::text FROM expense_monthly_totals WHERE user_id = $1', [
        userId,
      ]);
    const before = (await version()).rows;
    await db.query(
      `UPDATE expenses SET description = 'renamed', note = 'n', occurred_on = '2026-03-09' WHERE user_id = $1`,
      [userId],
    );
    expect((await version()).rows).toEqual(before);
    await db.query(`UPDATE expenses SET amount_minor = 501 WHERE user_id = $1`, [userId]);
    expect((await version()).rows).not.toEqual(before);
  });

  it('stays exact with eight concurrent writers on the same user and months, without deadlocks', async () => {
    // The API writes expenses one statement at a time; each statement locks its totals rows in key order, so
    // concurrent statements queue instead of deadlocking, even when they move spending between the same months.
    // The expense rows themselves must be locked in one order too (by id), or two statements deadlock on them.
    const userId = await insertUser(db, 'concurrent');
    const [category] = await insertCategories(db, userId, 1);
    const writer = async (seed: number) => {
      const random = randomFor(seed, 'concurrent-writer');
      const day = () => random.pick(['2026-05-10', '2026-05-20', '2026-06-02']);
      for (let i = 0; i < 60; i++) {
        const step = random.int(0, 3);
        if (step <= 1)
          await insertExpenses(db, [
            {
              userId,
              categoryId: random.pick([null, category!]),
              amount: random.int(1, 999),
              currency: 'USD',
              on: day(),
            },
            {
              userId,
              categoryId: random.pick([null, category!]),
              amount: random.int(1, 999),
              currency: 'USD',
              on: day(),
            },
          ]);
        else if (step === 2) {
          // Picked first, then locked in id order and updated. Row locks taken in differing orders deadlock two
          // updates on the expense rows themselves, before any trigger runs: IN (SELECT … ORDER BY random()) did,
          // and so does a bare id = ANY, which on this small table is a sequential scan in heap order — an order
          // that differs between two statements' snapshots once an update has moved one of the rows.
          const { rows } = await db.query<{ id: string }>(
            'SELECT id FROM expenses WHERE user_id = $1 ORDER BY random() LIMIT 3',
            [userId],
          );
          await db.query(
            `WITH locked AS MATERIALIZED (
               SELECT id FROM expenses WHERE user_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE
             )
             UPDATE expenses SET occurred_on = $3, category_id = $4 WHERE id IN (SELECT id FROM locked)`,
            [userId, rows.map((row) => row.id), day(), random.pick([null, category!])],
          );
        } else
          await db.query(
            `DELETE FROM expenses WHERE id = (SELECT id FROM expenses WHERE user_id = $1 ORDER BY random() LIMIT 1)`,
            [userId],
          );
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, index) => writer(index + 1)));
    await expectTotalsToMatchExpenses(db);
  });
});
