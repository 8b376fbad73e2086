/**
 * The 20261205060000_budget_amounts migration on a database holding budgets written before it (one amount for every
 * month): every budget carries over as one amount applying from the beginning, so no month's budget changes, and
 * the table keeps its money rules.
 */
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateDeploy } from '../cli.mjs';
import { databaseBeforeMigration } from './support/before-migration';

const THIS_MIGRATION = '20261205060000_budget_amounts';

let db: pg.Pool | undefined;
afterEach(async () => {
  await db?.end();
  db = undefined;
});

describe(THIS_MIGRATION, () => {
  it('carries every budget over as its amount from the beginning, losing nothing', async () => {
    const url = await databaseBeforeMigration('budget_amounts', THIS_MIGRATION);
    db = new pg.Pool({ connectionString: url, max: 2 });

    for (const [email, currency, overall, food] of [
      ['usd', 'USD', 150000, 40000],
      ['jpy', 'JPY', 90000, 12345],
    ] as const) {
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
        `INSERT INTO budgets (id, user_id, category_id, amount_minor, currency, created_at, updated_at)
         VALUES (gen_random_uuid(), $1, NULL, $3, $4, '2025-03-10T12:00:00Z', now()),
                (gen_random_uuid(), $1, $2, $5, $4, now(), now())`,
        [userId, categories[0]!.id, overall, currency, food],
      );
    }
    const budgetsBefore = (
      await db.query(`SELECT id, category_id, amount_minor, currency, updated_at FROM budgets ORDER BY id`)
    ).rows;
    expect(budgetsBefore).toHaveLength(4);

    await migrateDeploy(url);

    // The budgets themselves are untouched; each has exactly one amount, the same, from the beginning.
    expect(
      (await db.query(`SELECT id, category_id, amount_minor, currency, updated_at FROM budgets ORDER BY id`))
        .rows,
    ).toEqual(budgetsBefore);
    const { rows: amounts } = await db.query(
      `SELECT budget_id AS id, from_month::text, amount_minor, currency FROM budget_amounts ORDER BY budget_id`,
    );
    expect(amounts).toEqual(
      budgetsBefore.map((budget) => ({
        id: budget.id,
        from_month: '-infinity',
        amount_minor: budget.amount_minor,
        currency: budget.currency,
      })),
    );

    // Money and months as everywhere else; one amount per budget and month; gone with its budget.
    const budgetId = budgetsBefore[0]!.id as string;
    const insert = (fromMonth: string, amount: number, currency = 'USD') =>
      db!.query(
        `INSERT INTO budget_amounts (budget_id, from_month, amount_minor, currency) VALUES ($1, $2, $3, $4)`,
        [budgetId, fromMonth, amount, currency],
      );
    await expect(insert('2026-12-15', 100)).rejects.toThrow(/budget_amounts_from_month_check/);
    await expect(insert('2026-12-01', 0)).rejects.toThrow(/budget_amounts_amount_minor_check/);
    await expect(insert('2026-12-01', 100, 'usd')).rejects.toThrow(/budget_amounts_currency_check/);
    await insert('2026-12-01', 100);
    await expect(insert('2026-12-01', 200)).rejects.toThrow(/budget_amounts_pkey/);
    await expect(insert('-infinity', 200)).rejects.toThrow(/budget_amounts_pkey/);
    await db.query(`DELETE FROM budgets WHERE id = $1`, [budgetId]);
    expect((await db.query(`SELECT 1 FROM budget_amounts WHERE budget_id = $1`, [budgetId])).rows).toEqual(
      [],
    );
  });
});
