/**
 * The stamps the dashboard's kept foreign-spending months are checked against (migration
 * 20261206060000_foreign_spending_months): every statement writing a person's expenses counts one change for each
 * (person, month) it touched — the old and the new month and person of an update, whatever the currency, even an
 * edit that leaves the monthly totals as they were — and every change to a person's own rates counts one for that
 * person. Nobody else's counters move; deleting the account removes both tables' rows.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDeploy } from '../cli.mjs';
import { createEmptyDatabase } from './support/databases';

describe('foreign_spending_months and personal_exchange_rates_versions', () => {
  let db: pg.Pool;
  let alice: string;
  let bob: string;

  const newUser = async (label: string) =>
    (
      await db.query<{ id: string }>(
        `INSERT INTO users (id, cognito_sub, email, updated_at) VALUES (gen_random_uuid(), $1, $2, now()) RETURNING id`,
        [`sub-${label}`, `${label}@example.com`],
      )
    ).rows[0]!.id;
  const insert = async (userId: string, on: string, currency = 'JPY', amount = 100) =>
    (
      await db.query<{ id: string }>(
        `INSERT INTO expenses (id, user_id, amount_minor, currency, occurred_on, description, updated_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, 'test', now()) RETURNING id`,
        [userId, amount, currency, on],
      )
    ).rows[0]!.id;
  /** Every counter, as "person month: version" (persons named), in key order. */
  const versions = async () => {
    const names = new Map([
      [alice, 'alice'],
      [bob, 'bob'],
    ]);
    const { rows } = await db.query<{ user_id: string; month: string; version: string }>(
      `SELECT user_id, to_char(month, 'YYYY-MM') AS month, expenses_version::text AS version
       FROM foreign_spending_months ORDER BY 1, 2`,
    );
    return rows.map((row) => `${names.get(row.user_id)} ${row.month}: ${row.version}`).sort();
  };
  const personal = async (userId: string) =>
    (
      await db.query<{ version: string }>(
        `SELECT version::text FROM personal_exchange_rates_versions WHERE user_id = $1`,
        [userId],
      )
    ).rows[0]?.version ?? null;

  beforeAll(async () => {
    const url = await createEmptyDatabase('foreign-months');
    await migrateDeploy(url);
    db = new pg.Pool({ connectionString: url, max: 4 });
    alice = await newUser('alice');
    bob = await newUser('bob');
  });
  afterAll(() => db?.end());

  it('counts one change per (person, month) a statement wrote, in any currency', async () => {
    expect(await versions()).toEqual([]);
    const lunch = await insert(alice, '2026-03-05');
    await insert(alice, '2026-03-20', 'USD');
    await insert(bob, '2026-04-01', 'EUR');
    expect(await versions()).toEqual(['alice 2026-03: 2', 'bob 2026-04: 1']);

    // Several rows in one statement: one count per month.
    await db.query(
      `INSERT INTO expenses (id, user_id, amount_minor, currency, occurred_on, description, updated_at)
       SELECT gen_random_uuid(), $1, 5, 'GBP', d, 'bulk', now()
       FROM unnest('{2026-03-01,2026-03-02,2026-05-09}'::date[]) AS d`,
      [alice],
    );
    expect(await versions()).toEqual(['alice 2026-03: 3', 'alice 2026-05: 1', 'bob 2026-04: 1']);

    // An edit the monthly totals cannot see (another day, same month, amount, currency and category) still counts.
    await db.query(`UPDATE expenses SET occurred_on = '2026-03-06' WHERE id = $1`, [lunch]);
    expect(await versions()).toEqual(['alice 2026-03: 4', 'alice 2026-05: 1', 'bob 2026-04: 1']);

    // Moved to another month and another person: both months and both people count.
    await db.query(`UPDATE expenses SET occurred_on = '2026-06-30', user_id = $2 WHERE id = $1`, [
      lunch,
      bob,
    ]);
    expect(await versions()).toEqual([
      'alice 2026-03: 5',
      'alice 2026-05: 1',
      'bob 2026-04: 1',
      'bob 2026-06: 1',
    ]);

    await db.query(`DELETE FROM expenses WHERE id = $1`, [lunch]);
    expect(await versions()).toContain('bob 2026-06: 2');
    // A statement that wrote nothing counts nothing.
    await db.query(`UPDATE expenses SET amount_minor = 1 WHERE false`);
    await db.query(`DELETE FROM expenses WHERE id = gen_random_uuid()`);
    expect(await versions()).toEqual([
      'alice 2026-03: 5',
      'alice 2026-05: 1',
      'bob 2026-04: 1',
      'bob 2026-06: 2',
    ]);
  });

  it("counts every change to a person's own rates for that person only", async () => {
    expect(await personal(alice)).toBeNull();
    const setRate = (userId: string, rate: string) =>
      db.query(
        `INSERT INTO personal_exchange_rates (user_id, currency, date, rate, updated_at) VALUES ($1, 'ARS', '2026-03-02', $2, now())
         ON CONFLICT (user_id, currency, date) DO UPDATE SET rate = EXCLUDED.rate`,
        [userId, rate],
      );
    await setRate(alice, '1000');
    expect(await personal(alice)).toBe('1');
    await setRate(alice, '1001');
    expect(await personal(alice)).toBe('2');
    await db.query(`DELETE FROM personal_exchange_rates WHERE user_id = $1`, [alice]);
    expect(await personal(alice)).toBe('3');
    expect(await personal(bob)).toBeNull();
  });

  it("goes with the account: deleting a person cascades without counting the cascade's writes", async () => {
    const carol = await newUser('carol');
    await insert(carol, '2026-01-10');
    await db.query(
      `INSERT INTO personal_exchange_rates (user_id, currency, date, rate, updated_at) VALUES ($1, 'ARS', '2026-01-10', 900, now())`,
      [carol],
    );
    const rowsOf = async (userId: string) =>
      (
        await db.query<{ n: number }>(
          `SELECT (SELECT count(*) FROM foreign_spending_months WHERE user_id = $1)::int
             + (SELECT count(*) FROM personal_exchange_rates_versions WHERE user_id = $1)::int AS n`,
          [userId],
        )
      ).rows[0]!.n;
    expect(await rowsOf(carol)).toBe(2);
    await db.query(`DELETE FROM users WHERE id = $1`, [carol]);
    expect(await rowsOf(carol)).toBe(0);
  });
});
