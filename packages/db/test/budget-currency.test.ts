/**
 * The 20261204090000_budget_currency migration on a database holding budgets written before it (no currency of
 * their own, "in the owner's currency"): every budget keeps its amount and gets its owner's currency, and nothing
 * else a total is computed from changes.
 */
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateDeploy } from '../cli.mjs';
import { databaseBeforeMigration } from './support/before-migration';

const THIS_MIGRATION = '20261204090000_budget_currency';

/** Budgets as the dashboard and the budget list read them before the migration: amount in the owner's currency. */
const BUDGETS_BEFORE = `SELECT b.id, b.category_id, b.amount_minor, u.currency
  FROM budgets b JOIN users u ON u.id = b.user_id ORDER BY b.id`;
const BUDGETS_AFTER = `SELECT id, category_id, amount_minor, currency FROM budgets ORDER BY id`;
const TOTALS = `SELECT user_id, currency, month, category_id, total_minor::text, expense_count
  FROM expense_monthly_totals ORDER BY user_id, currency, month, category_id`;
const EXPENSES = `SELECT id, amount_minor, currency, occurred_on::text FROM expenses ORDER BY id`;

let db: pg.Pool | undefined;
afterEach(async () => {
  await db?.end();
  db = undefined;
});

describe(THIS_MIGRATION, () => {
  it('gives every budget its owner’s currency and changes no amount or total', async () => {
    const url = await databaseBeforeMigration('budget_currency', THIS_MIGRATION);
    db = new pg.Pool({ connectionString: url, max: 2 });

    // Three people in three currencies, one of them with expenses recorded before a currency change.
    for (const [email, currency] of [
      ['usd', 'USD'],
      ['jpy', 'JPY'],
      ['eur', 'EUR'],
    ]) {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO users (id, cognito_sub, email, currency, updated_at)
         VALUES (gen_random_uuid(), $1, $1 || '@example.com', $2, now()) RETURNING id`,
        [email, currency],
      );
      const userId = rows[0]!.id;
      const { rows: categories } = await db.query<{ id: string }>(
        `INSERT INTO categories (id, user_id, name, normalized_name, color, updated_at)
         VALUES (gen_random_uuid(), $1, 'Food', 'food', '#16a34a', now()) RETURNING id`,
        [userId],
      );
      await db.query(
        `INSERT INTO budgets (id, user_id, category_id, amount_minor, updated_at)
         VALUES (gen_random_uuid(), $1, NULL, 150000, now()), (gen_random_uuid(), $1, $2, 40000, now())`,
        [userId, categories[0]!.id],
      );
      for (const [amount, expenseCurrency, day] of [
        [1250, currency, '2026-11-15'],
        [800, 'USD', '2026-10-02'],
      ] as const) {
        await db.query(
          `INSERT INTO expenses (id, user_id, category_id, amount_minor, currency, occurred_on, description, updated_at)
           VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 'x', now())`,
          [userId, categories[0]!.id, amount, expenseCurrency, day],
        );
      }
    }
    const budgetsBefore = (await db.query(BUDGETS_BEFORE)).rows;
    const totalsBefore = (await db.query(TOTALS)).rows;
    const expensesBefore = (await db.query(EXPENSES)).rows;
    expect(budgetsBefore).toHaveLength(6);

    await migrateDeploy(url);

    expect((await db.query(BUDGETS_AFTER)).rows).toEqual(budgetsBefore);
    expect((await db.query(TOTALS)).rows).toEqual(totalsBefore);
    expect((await db.query(EXPENSES)).rows).toEqual(expensesBefore);
    const { rows: columns } = await db.query(
      `SELECT is_nullable FROM information_schema.columns WHERE table_name = 'budgets' AND column_name = 'currency'`,
    );
    expect(columns).toEqual([{ is_nullable: 'NO' }]);
  });
});
