/**
 * The database's half of recurring expenses: one occurrence row per (series, date) whoever inserts it, and an
 * expense a series made that is deleted marks its occurrence deleted, so no generator makes it again.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDeploy } from '../cli.mjs';
import { createEmptyDatabase } from './support/databases';

describe('recurring_series and recurring_occurrences', () => {
  let db: pg.Pool;
  let userId: string;
  let seriesId: string;

  beforeAll(async () => {
    const url = await createEmptyDatabase('recurring');
    await migrateDeploy(url);
    db = new pg.Pool({ connectionString: url, max: 2 });
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO users (id, cognito_sub, email, updated_at) VALUES (gen_random_uuid(), 'sub-r', 'r@example.com', now()) RETURNING id`,
    );
    userId = rows[0]!.id;
    seriesId = await addSeries({});
  });
  afterAll(() => db?.end());

  async function addSeries(fields: {
    kind?: string;
    day?: number | null;
    weekday?: number | null;
    amount?: number;
  }) {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO recurring_series (id, user_id, amount_minor, currency, description, kind, day_of_month, weekday,
         week_of_month, start_on, generated_through, updated_at)
       VALUES (gen_random_uuid(), $1, $2, 'USD', 'Rent', $3, $4, $5, NULL, '2026-01-31', '2026-01-30', now())
       RETURNING id`,
      [
        userId,
        fields.amount ?? 120000,
        fields.kind ?? 'monthly',
        fields.day === undefined ? 31 : fields.day,
        fields.weekday ?? null,
      ],
    );
    return rows[0]!.id;
  }
  const occur = (on: string) =>
    db.query<{ id: string }>(
      `INSERT INTO recurring_occurrences (id, user_id, series_id, scheduled_on, status, updated_at)
       VALUES (gen_random_uuid(), $1, $2, $3, 'generated', now())
       ON CONFLICT (series_id, scheduled_on) DO NOTHING RETURNING id`,
      [userId, seriesId, on],
    );

  it('stores one occurrence per series and date: a second insert of the same date inserts nothing', async () => {
    expect((await occur('2026-02-28')).rowCount).toBe(1);
    expect((await occur('2026-02-28')).rowCount).toBe(0);
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM recurring_occurrences WHERE series_id = $1',
      [seriesId],
    );
    expect(rows[0].n).toBe(1);
  });

  it('marks the occurrence deleted when its expense is deleted, and one expense per occurrence at most', async () => {
    const occurrenceId = (await occur('2026-03-31')).rows[0]!.id;
    const addExpense = () =>
      db.query<{ id: string }>(
        `INSERT INTO expenses (id, user_id, amount_minor, currency, occurred_on, description, recurring_occurrence_id, updated_at)
         VALUES (gen_random_uuid(), $1, 120000, 'USD', '2026-03-31', 'Rent', $2, now()) RETURNING id`,
        [userId, occurrenceId],
      );
    const expenseId = (await addExpense()).rows[0]!.id;
    await expect(addExpense()).rejects.toThrow(/expenses_recurring_occurrence_key/);
    await db.query('DELETE FROM expenses WHERE id = $1', [expenseId]);
    const { rows } = await db.query('SELECT status FROM recurring_occurrences WHERE id = $1', [occurrenceId]);
    expect(rows[0].status).toBe('deleted');
  });

  it('refuses a schedule the schedule math does not know, and amounts outside the contract', async () => {
    await expect(addSeries({ kind: 'monthly', day: 32 })).rejects.toThrow(/recurring_series_kind_check/);
    await expect(addSeries({ kind: 'monthly', day: null })).rejects.toThrow(/recurring_series_kind_check/);
    await expect(addSeries({ kind: 'fortnightly', day: null })).rejects.toThrow(
      /recurring_series_kind_check/,
    );
    await expect(addSeries({ kind: 'monthlyWeekday', day: null, weekday: 5 })).rejects.toThrow(
      /recurring_series_kind_check/,
    );
    await expect(addSeries({ amount: 0 })).rejects.toThrow(/recurring_series_amount_check/);
  });

  it('goes with the account: deleting the user removes series and occurrences', async () => {
    await db.query('DELETE FROM users WHERE id = $1', [userId]);
    const { rows } = await db.query(
      'SELECT (SELECT count(*) FROM recurring_series)::int AS s, (SELECT count(*) FROM recurring_occurrences)::int AS o',
    );
    expect(rows[0]).toEqual({ s: 0, o: 0 });
  });
});
