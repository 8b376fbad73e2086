/**
 * The 20261204064500_iso_4217_minor_units migration on databases holding data written before it: amounts in the
 * currencies where the runtime's Intl data and ISO 4217 disagree keep the value people entered, every other amount
 * is untouched, the trigger-kept monthly totals still equal the expenses, and a row that cannot be rescaled stops
 * the migration with nothing changed.
 */
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateDeploy } from '../cli.mjs';
import { databaseBeforeMigration } from './support/before-migration';

const THIS_MIGRATION = '20261204064500_iso_4217_minor_units';

const EXPENSES = `SELECT currency, amount_minor AS amount FROM expenses ORDER BY description`;
const BUDGETS = `SELECT u.currency, b.amount_minor AS amount FROM budgets b JOIN users u ON u.id = b.user_id ORDER BY u.email`;
const TOTALS = `SELECT currency, SUM(total_minor)::text AS total, SUM(expense_count)::int AS count
  FROM expense_monthly_totals GROUP BY currency ORDER BY currency`;
const SUMMED = `SELECT currency, SUM(amount_minor)::text AS total, COUNT(*)::int AS count FROM expenses GROUP BY currency ORDER BY currency`;

let db: pg.Pool | undefined;
afterEach(async () => {
  await db?.end();
  db = undefined;
});

/** A database at the schema before this migration, as it was deployed. */
async function insertUser(currency: string): Promise<string> {
  const { rows } = await db!.query<{ id: string }>(
    `INSERT INTO users (id, cognito_sub, email, currency, updated_at)
     VALUES (gen_random_uuid(), $1, $1 || '@example.com', $2, now()) RETURNING id`,
    [`user-${currency.toLowerCase()}`, currency],
  );
  return rows[0]!.id;
}

async function insertExpense(userId: string, description: string, amount: number, currency: string) {
  await db!.query(
    `INSERT INTO expenses (id, user_id, amount_minor, currency, occurred_on, description, updated_at)
     VALUES (gen_random_uuid(), $1, $2, $3, '2026-11-15', $4, now())`,
    [userId, amount, currency, description],
  );
}

const insertBudget = (userId: string, amount: number) =>
  db!.query(
    `INSERT INTO budgets (id, user_id, category_id, amount_minor, updated_at) VALUES (gen_random_uuid(), $1, NULL, $2, now())`,
    [userId, amount],
  );

describe(THIS_MIGRATION, () => {
  it('keeps the value of every amount stored with the old decimals, and nothing else changes', async () => {
    const url = await databaseBeforeMigration('iso_units', THIS_MIGRATION);
    db = new pg.Pool({ connectionString: url, max: 2 });
    const usd = await insertUser('USD');
    const lbp = await insertUser('LBP');
    const iqd = await insertUser('IQD');
    // What the old code stored: LBP 1,500 as 1500 (0 decimals), IQD 250 as 250; USD and JPY as ISO has them.
    await insertExpense(usd, 'a usd', 1250, 'USD');
    await insertExpense(usd, 'b jpy', 500, 'JPY');
    await insertExpense(usd, 'c lbp abroad', 1500, 'LBP');
    await insertExpense(lbp, 'd lbp', 2_000_000, 'LBP');
    await insertExpense(iqd, 'e iqd', 250, 'IQD');
    await insertExpense(iqd, 'f bhd', 1234, 'BHD');
    await insertBudget(usd, 150_000);
    await insertBudget(lbp, 5_000_000);
    await insertBudget(iqd, 1_000);

    await migrateDeploy(url);

    expect((await db!.query(EXPENSES)).rows).toEqual([
      { currency: 'USD', amount: 1250 },
      { currency: 'JPY', amount: 500 },
      { currency: 'LBP', amount: 150_000 },
      { currency: 'LBP', amount: 200_000_000 },
      { currency: 'IQD', amount: 250_000 },
      { currency: 'BHD', amount: 1234 },
    ]);
    expect((await db!.query(BUDGETS)).rows).toEqual([
      { currency: 'IQD', amount: 1_000_000 },
      { currency: 'LBP', amount: 500_000_000 },
      { currency: 'USD', amount: 150_000 },
    ]);
    const [totals, summed] = await Promise.all([db!.query(TOTALS), db!.query(SUMMED)]);
    expect(totals.rows).toEqual(summed.rows);
    expect(totals.rows).toContainEqual({ currency: 'LBP', total: '200150000', count: 2 });
    // 20261204065000_user_preferences_set: people who existed keep their currency and zone as chosen.
    const { rows: unset } = await db!.query(
      'SELECT id FROM users WHERE preferences_set_at IS DISTINCT FROM created_at',
    );
    expect(unset).toEqual([]);
  });

  it('changes nothing and names the count when an amount would exceed the maximum', async () => {
    const url = await databaseBeforeMigration('iso_units_overflow', THIS_MIGRATION);
    db = new pg.Pool({ connectionString: url, max: 2 });
    const lbp = await insertUser('LBP');
    await insertExpense(lbp, 'fits', 1500, 'LBP');
    // 15,000,000 LBP would become 1,500,000,000 minor units: above the amounts' CHECK, though it fits an int.
    await insertExpense(lbp, 'too large', 15_000_000, 'LBP');

    const failure = await migrateDeploy(url).then(
      () => undefined,
      (error: Error) => error,
    );
    expect(failure?.message).toMatch(
      new RegExp(
        `^Migration ${THIS_MIGRATION} failed: .*1 expense or budget amounts would exceed 1000000000`,
      ),
    );
    expect((await db!.query(EXPENSES)).rows).toEqual([
      { currency: 'LBP', amount: 1500 },
      { currency: 'LBP', amount: 15_000_000 },
    ]);
  });
});
