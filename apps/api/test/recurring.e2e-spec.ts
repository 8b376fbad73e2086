/**
 * Recurring expenses end to end: the built API and real PostgreSQL. Generation exactly once (N generators at
 * once over separate connections), and the edit / skip / pause / end semantics, including "a deleted occurrence
 * never comes back".
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { addDays, todayIn } from '@spendwise/contracts';
import { type PrismaClient } from '@spendwise/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecurringGenerator } from '../src/recurring/recurring-generator';
import { RecurringGeneratorRepository } from '../src/recurring/recurring-generator.repository';
import { restOfMonth } from '../src/recurring/scheduled';
import { newUser } from './support/cognito';
import { openDatabase } from './support/database';
import { API_DIR, localApiEnv } from './support/api-process';
import { e2eEnv } from './support/e2e-env';
import { as } from './support/http';

const rent = (overrides: Record<string, unknown> = {}) => ({
  amountMinor: 120000,
  description: 'Rent',
  schedule: { kind: 'monthly', day: 31 },
  startOn: '2026-01-31',
  endOn: '2026-06-30',
  ...overrides,
});

/** Waits out the last seconds of a UTC quarter hour, when the API forgets whom it caught up. */
async function clearOfQuarterHour(): Promise<void> {
  const left = 15 * 60_000 - (Date.now() % (15 * 60_000));
  if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

describe('/recurring', () => {
  let db: PrismaClient;
  let api: ReturnType<typeof as>;
  let userId: string;

  beforeAll(async () => {
    db = openDatabase();
    api = as((await newUser('recurring')).accessToken);
    userId = (await api.get('/me')).body.id;
  });
  afterAll(() => db?.$disconnect());

  const expensesOf = async (seriesId: string) =>
    (
      await db.$queryRaw<Array<{ on: string; amount: number; description: string }>>`
        SELECT to_char(e.occurred_on, 'YYYY-MM-DD') AS on, e.amount_minor AS amount, e.description
        FROM expenses e JOIN recurring_occurrences o ON o.id = e.recurring_occurrence_id
        WHERE o.series_id = ${seriesId}::uuid ORDER BY e.occurred_on`
    ).map((row) => `${row.on} ${row.amount} ${row.description}`);

  it('stores each occurrence once when N generators run together over separate connections', async () => {
    const created = await api.post(
      '/recurring',
      rent({ description: 'Race', schedule: { kind: 'days', every: 3 } }),
    );
    expect(created.status).toBe(201);
    const seriesId = created.body.id as string;
    // As if no job had run since the start (downtime): every occurrence is due again.
    await db.$executeRaw`DELETE FROM expenses WHERE recurring_occurrence_id IN
      (SELECT id FROM recurring_occurrences WHERE series_id = ${seriesId}::uuid)`;
    await db.$executeRaw`DELETE FROM recurring_occurrences WHERE series_id = ${seriesId}::uuid`;
    await db.$executeRaw`UPDATE recurring_series SET generated_through = '2026-01-30' WHERE id = ${seriesId}::uuid`;

    const clients = Array.from({ length: 6 }, () => openDatabase());
    try {
      const results = await Promise.all(
        clients.map((client, i) =>
          i % 2
            ? new RecurringGenerator(new RecurringGeneratorRepository({ client })).forEveryone()
            : new RecurringGenerator(new RecurringGeneratorRepository({ client })).forUser(userId),
        ),
      );
      // Jan 31 … Jun 30 (150 days later) every 3 days: 51 dates, made by whichever generator got each first.
      expect(results.reduce((sum, result) => sum + result.created, 0)).toBe(51);
    } finally {
      await Promise.all(clients.map((client) => client.$disconnect()));
    }
    const dates = await expensesOf(seriesId);
    expect(dates).toHaveLength(51);
    expect(new Set(dates).size).toBe(51);
    expect(dates[0]).toBe('2026-01-31 120000 Race');
    expect(dates.at(-1)).toBe('2026-06-30 120000 Race');
  });

  it('reads due series a page at a time and still catches every one up', async () => {
    const paging = as((await newUser('recurring-pages')).accessToken);
    const pagingUserId = (await paging.get('/me')).body.id as string;
    const ids: string[] = [];
    for (const description of ['Gym', 'Music', 'Phone', 'Cloud', 'News']) {
      ids.push((await paging.post('/recurring', rent({ description }))).body.id as string);
    }
    await db.$executeRaw`DELETE FROM expenses WHERE recurring_occurrence_id IN
      (SELECT id FROM recurring_occurrences WHERE user_id = ${pagingUserId}::uuid)`;
    await db.$executeRaw`DELETE FROM recurring_occurrences WHERE user_id = ${pagingUserId}::uuid`;
    await db.$executeRaw`UPDATE recurring_series SET generated_through = '2026-01-30'
      WHERE user_id = ${pagingUserId}::uuid`;

    // Two per page: five series take three pages (2, 2, 1).
    const result = await new RecurringGenerator(
      new RecurringGeneratorRepository({ client: db }),
      undefined,
      2,
    ).forUser(pagingUserId);
    expect(result).toEqual({ series: 5, created: 5 * 6 });
    for (const id of ids) expect(await expensesOf(id)).toHaveLength(6);
  });

  it('runs as the one-off task command: node dist/recurring/generate.js catches up and logs its success term', async () => {
    const id = (
      await api.post('/recurring', rent({ description: 'Task', startOn: '2026-02-28', endOn: null }))
    ).body.id as string;
    await db.$executeRaw`DELETE FROM expenses WHERE recurring_occurrence_id IN
      (SELECT id FROM recurring_occurrences WHERE series_id = ${id}::uuid)`;
    await db.$executeRaw`DELETE FROM recurring_occurrences WHERE series_id = ${id}::uuid`;
    await db.$executeRaw`UPDATE recurring_series SET generated_through = '2026-02-27' WHERE id = ${id}::uuid`;
    const { databaseUrl, cognitoEndpoint } = e2eEnv();
    const run = spawnSync(process.execPath, [path.join(API_DIR, 'dist/recurring/generate.js')], {
      // The API's own environment (the task definition's); nothing listens, so the port is arbitrary.
      env: { PATH: process.env.PATH, ...localApiEnv({ port: 1, databaseUrl, cognitoEndpoint }) },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ msg: 'RECURRING_GENERATED' });
    expect((await expensesOf(id))[0]).toBe('2026-02-28 120000 Task');
  });

  it('generates the 31st clamped to month ends on create, shows them in /expenses, and never re-creates a deleted one', async () => {
    const created = await api.post('/recurring', rent());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      currency: 'USD',
      schedule: { kind: 'monthly', every: 1, day: 31 },
      startOn: '2026-01-31',
      endOn: '2026-06-30',
      paused: false,
      nextOn: null,
    });
    const id = created.body.id as string;
    expect(created.body.occurrences.map((o: { on: string }) => o.on)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
    ]);
    const listed = await api.get('/expenses?from=2026-02-01&to=2026-03-31&q=Rent');
    expect(listed.body.items.map((e: { occurredOn: string }) => e.occurredOn)).toEqual([
      '2026-03-31',
      '2026-02-28',
    ]);

    const march = created.body.occurrences.find((o: { on: string }) => o.on === '2026-03-31').expenseId;
    expect((await api.delete(`/expenses/${march}`)).status).toBe(204);
    // A crash or retry that lost the progress mark: the generator runs over every date again.
    await db.$executeRaw`UPDATE recurring_series SET generated_through = '2026-01-30' WHERE id = ${id}::uuid`;
    await new RecurringGenerator(new RecurringGeneratorRepository({ client: db })).forUser(userId);
    const after = await api.get(`/recurring/${id}`);
    expect(after.body.occurrences.find((o: { on: string }) => o.on === '2026-03-31')).toEqual({
      on: '2026-03-31',
      status: 'deleted',
      expenseId: null,
    });
    expect(await expensesOf(id)).toHaveLength(5);
  });

  it('catches a person up when they read expenses or the dashboard, not on other reads, once a quarter hour', async () => {
    const template = (await api.post('/recurring', rent({ description: 'Insurance' }))).body.id as string;
    // A series whose six dates came due while nobody looked (as when midnight passes in the person's zone): a copy
    // of the one above, given to a new person behind the API's back, never caught up.
    const dueFor = async (label: string) => {
      const person = as((await newUser(label)).accessToken);
      const [id, personId] = [randomUUID(), (await person.get('/me')).body.id as string];
      await db.$executeRaw`INSERT INTO recurring_series SELECT (jsonb_populate_record(s, jsonb_build_object(
          'id', ${id}::uuid, 'user_id', ${personId}::uuid, 'generated_through', '2026-01-30'))).*
        FROM recurring_series s WHERE s.id = ${template}::uuid`;
      return { person, id };
    };
    const forget = async (id: string) => {
      await db.$executeRaw`DELETE FROM expenses WHERE recurring_occurrence_id IN
        (SELECT id FROM recurring_occurrences WHERE series_id = ${id}::uuid)`;
      await db.$executeRaw`DELETE FROM recurring_occurrences WHERE series_id = ${id}::uuid`;
      await db.$executeRaw`UPDATE recurring_series SET generated_through = '2026-01-30' WHERE id = ${id}::uuid`;
    };

    const viaDashboard = await dueFor('dashboard-reader');
    await viaDashboard.person.get('/categories');
    expect(await expensesOf(viaDashboard.id)).toEqual([]);
    await clearOfQuarterHour();
    await viaDashboard.person.get('/dashboard');
    expect(await expensesOf(viaDashboard.id)).toHaveLength(6);
    // Within the same quarter hour the API trusts that it caught this person up: no query, so a mark rewound
    // behind its back stays unseen (no midnight anywhere falls inside a quarter hour, so nothing real is missed).
    await forget(viaDashboard.id);
    await viaDashboard.person.get('/expenses');
    expect(await expensesOf(viaDashboard.id)).toEqual([]);

    const viaList = await dueFor('list-reader');
    await viaList.person.get('/expenses?limit=1');
    expect(await expensesOf(viaList.id)).toHaveLength(6);
  });

  it('edits one occurrence, this and future (a split at that date), or the whole series', async () => {
    const id = (await api.post('/recurring', rent({ description: 'Flat' }))).body.id as string;

    const one = await api.patch(`/recurring/${id}`, {
      scope: 'occurrence',
      on: '2026-02-28',
      note: 'paid late',
    });
    expect(one.status).toBe(200);
    expect(await db.expense.count({ where: { note: 'paid late' } })).toBe(1);

    const future = await api.patch(`/recurring/${id}`, {
      scope: 'future',
      on: '2026-04-30',
      amountMinor: 125000,
    });
    expect(future.status).toBe(200);
    expect(future.body).toMatchObject({ startOn: '2026-04-30', endOn: '2026-06-30', amountMinor: 125000 });
    expect(future.body.id).not.toBe(id);
    expect((await api.get(`/recurring/${id}`)).body.endOn).toBe('2026-04-29');
    expect(await expensesOf(id)).toEqual([
      '2026-01-31 120000 Flat',
      '2026-02-28 120000 Flat',
      '2026-03-31 120000 Flat',
    ]);
    expect(await expensesOf(future.body.id)).toEqual([
      '2026-04-30 125000 Flat',
      '2026-05-31 125000 Flat',
      '2026-06-30 125000 Flat',
    ]);

    const whole = await api.patch(`/recurring/${future.body.id}`, {
      scope: 'series',
      description: 'Flat rent',
    });
    expect(whole.body.description).toBe('Flat rent');
    expect((await expensesOf(future.body.id)).every((line) => line.endsWith('Flat rent'))).toBe(true);
    expect((await expensesOf(id)).every((line) => line.endsWith(' Flat'))).toBe(true);

    const notADate = await api.patch(`/recurring/${id}`, {
      scope: 'future',
      on: '2026-02-27',
      amountMinor: 1,
    });
    expect(notADate.status).toBe(400);
    expect(notADate.body.details).toEqual([{ field: 'on', message: 'is not a date this series occurs on' }]);
    const noDate = await api.patch(`/recurring/${id}`, { scope: 'occurrence', amountMinor: 1 });
    expect(noDate.body.details).toEqual([
      { field: 'on', message: 'is required for scope occurrence or future' },
    ]);
  });

  it('changes the schedule from a date after its latest expense (a split), or from the start before any expense', async () => {
    // Yearly from 10 January: only that date is an expense so far.
    const created = await api.post(
      '/recurring',
      rent({ description: 'Club', schedule: { kind: 'yearly' }, startOn: '2026-01-10', endOn: '2026-06-30' }),
    );
    const id = created.body.id as string;
    expect(await expensesOf(id)).toEqual(['2026-01-10 120000 Club']);

    // Not over a date that is an expense already, and never for one occurrence.
    const over = await api.patch(`/recurring/${id}`, {
      scope: 'future',
      on: '2026-01-01',
      schedule: { kind: 'monthly', day: 20 },
    });
    expect(over.status).toBe(409);
    expect(over.body.details).toEqual([
      { field: 'on', message: "must be after 2026-01-10, the series' latest expense" },
    ]);
    const whole = await api.patch(`/recurring/${id}`, { scope: 'series', schedule: { kind: 'weeks' } });
    expect(whole.status).toBe(409);
    expect(whole.body.details[0].field).toBe('schedule');
    const one = await api.patch(`/recurring/${id}`, {
      scope: 'occurrence',
      on: '2026-01-10',
      schedule: { kind: 'weeks' },
    });
    expect(one.status).toBe(400);
    expect(one.body.details).toEqual([
      {
        field: 'schedule',
        message: 'cannot change for one occurrence (edit the date of its expense instead)',
      },
    ]);
    const late = await api.patch(`/recurring/${id}`, {
      scope: 'future',
      on: '2026-07-01',
      schedule: { kind: 'weeks' },
    });
    expect(late.body.details).toEqual([{ field: 'on', message: 'is after the series ends' }]);

    // Monthly on the 20th from 1 February, with a new amount: the dates since then become expenses at once.
    const split = await api.patch(`/recurring/${id}`, {
      scope: 'future',
      on: '2026-02-01',
      schedule: { kind: 'monthly', day: 20 },
      amountMinor: 5000,
    });
    expect(split.status).toBe(200);
    expect(split.body).toMatchObject({
      startOn: '2026-02-01',
      endOn: '2026-06-30',
      amountMinor: 5000,
      schedule: { kind: 'monthly', every: 1, day: 20 },
    });
    expect((await api.get(`/recurring/${id}`)).body).toMatchObject({
      endOn: '2026-01-31',
      schedule: { kind: 'yearly' },
    });
    expect(await expensesOf(id)).toEqual(['2026-01-10 120000 Club']);
    expect(await expensesOf(split.body.id)).toEqual(
      ['02', '03', '04', '05', '06'].map((month) => `2026-${month}-20 5000 Club`),
    );

    // A count carries over: two in all, one of them already made, so the new schedule has one left.
    const counted = await api.post(
      '/recurring',
      // Every five years, so its second date stays in the future for years to come.
      rent({
        description: 'Twice',
        schedule: { kind: 'yearly', every: 5 },
        startOn: '2026-01-10',
        endOn: null,
        count: 2,
      }),
    );
    const rest = await api.patch(`/recurring/${counted.body.id}`, {
      scope: 'future',
      on: '2026-03-01',
      schedule: { kind: 'monthly', day: 5 },
    });
    expect(rest.body).toMatchObject({ count: 1, nextOn: null });
    expect(await expensesOf(rest.body.id)).toEqual(['2026-03-05 120000 Twice']);
  });

  it('re-times a series that has no expense yet in place, keeping only skips the new schedule still has', async () => {
    const id = (
      await api.post('/recurring', rent({ description: 'Later', startOn: '2031-01-31', endOn: null }))
    ).body.id as string;
    expect((await api.post(`/recurring/${id}/occurrences/2031-03-31/skip`)).status).toBe(200);

    const lastDay = await api.patch(`/recurring/${id}`, {
      scope: 'series',
      schedule: { kind: 'monthlyLastDay' },
    });
    expect(lastDay.status).toBe(200);
    expect(lastDay.body).toMatchObject({ id, schedule: { kind: 'monthlyLastDay' }, nextOn: '2031-01-31' });
    expect(lastDay.body.occurrences).toEqual([{ on: '2031-03-31', status: 'skipped', expenseId: null }]);

    const fifteenth = await api.patch(`/recurring/${id}`, {
      scope: 'series',
      schedule: { kind: 'monthly', day: 15 },
      merchant: 'Landlord',
      tags: ['Home'],
    });
    expect(fifteenth.body).toMatchObject({
      id,
      nextOn: '2031-02-15',
      merchant: 'Landlord',
      tags: ['home'],
      occurrences: [],
    });
  });

  it('spends in the currency it is given: a subscription billed in euros stays in euros', async () => {
    const created = await api.post(
      '/recurring',
      rent({
        description: 'Streaming',
        currency: 'EUR',
        amountMinor: 1399,
        schedule: { kind: 'monthly', day: 5 },
        startOn: '2026-03-05',
        endOn: '2026-04-30',
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body.currency).toBe('EUR');
    const made = await db.$queryRaw<Array<{ currency: string; amount: number }>>`
      SELECT e.currency, e.amount_minor AS amount FROM expenses e
      JOIN recurring_occurrences o ON o.id = e.recurring_occurrence_id WHERE o.series_id = ${created.body.id}::uuid`;
    expect(made).toEqual([
      { currency: 'EUR', amount: 1399 },
      { currency: 'EUR', amount: 1399 },
    ]);
    const bad = await api.post('/recurring', rent({ currency: 'EURO' }));
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((issue: { field: string }) => issue.field)).toEqual(['currency']);
  });

  it('skips a future occurrence for good, and refuses dates off the schedule or already expenses', async () => {
    const created = await api.post(
      '/recurring',
      rent({ description: 'Gym', startOn: '2030-01-31', endOn: null }),
    );
    const id = created.body.id as string;
    expect(created.body.nextOn).toBe('2030-01-31');
    const skipped = await api.post(`/recurring/${id}/occurrences/2030-01-31/skip`);
    expect(skipped.status).toBe(200);
    expect(skipped.body.occurrences).toEqual([{ on: '2030-01-31', status: 'skipped', expenseId: null }]);
    expect(skipped.body.nextOn).toBe('2030-02-28');
    expect((await api.post(`/recurring/${id}/occurrences/2030-01-31/skip`)).status).toBe(200);
    const off = await api.post(`/recurring/${id}/occurrences/2030-02-27/skip`);
    expect(off.status).toBe(400);
    expect(off.body.details).toEqual([{ field: 'date', message: 'is not a date this series occurs on' }]);
    // When its date comes, a skipped occurrence is not generated: the generator's insert meets the skip's row.
    await db.$executeRaw`UPDATE recurring_series SET start_on = '2026-01-31', generated_through = '2026-01-30'
      WHERE id = ${id}::uuid`;
    await db.$executeRaw`INSERT INTO recurring_occurrences (id, user_id, series_id, scheduled_on, status, updated_at)
      VALUES (gen_random_uuid(), ${userId}::uuid, ${id}::uuid, '2026-02-28', 'skipped', now())`;
    await new RecurringGenerator(new RecurringGeneratorRepository({ client: db })).forUser(userId);
    const lines = await expensesOf(id);
    expect(lines[0]).toBe('2026-01-31 120000 Gym');
    expect(lines.some((line) => line.startsWith('2026-02-28'))).toBe(false);
    expect(lines.some((line) => line.startsWith('2026-03-31'))).toBe(true);
    const generated = await api.post(`/recurring/${id}/occurrences/2026-03-31/skip`);
    expect(generated.status).toBe(409);
    expect(generated.body.details[0].field).toBe('date');
  });

  it('pauses (nothing generated), resumes without making up the pause, and ends', async () => {
    const today = todayIn('UTC');
    const created = await api.post(
      '/recurring',
      rent({ description: 'Coffee', schedule: { kind: 'days' }, startOn: today, endOn: null }),
    );
    const id = created.body.id as string;
    expect(await expensesOf(id)).toEqual([`${today} 120000 Coffee`]);
    expect((await api.post(`/recurring/${id}/pause`)).body.paused).toBe(true);
    // As if the pause had begun five days ago and every job since had run.
    await db.$executeRaw`DELETE FROM expenses WHERE recurring_occurrence_id IN
      (SELECT id FROM recurring_occurrences WHERE series_id = ${id}::uuid)`;
    await db.$executeRaw`DELETE FROM recurring_occurrences WHERE series_id = ${id}::uuid`;
    await db.$executeRaw`UPDATE recurring_series SET start_on = ${addDays(today, -5)}::date,
      generated_through = ${addDays(today, -6)}::date WHERE id = ${id}::uuid`;
    await new RecurringGenerator(new RecurringGeneratorRepository({ client: db })).forUser(userId);
    expect(await expensesOf(id)).toEqual([]);
    const resumed = await api.post(`/recurring/${id}/resume`);
    expect(resumed.body.paused).toBe(false);
    expect(await expensesOf(id)).toEqual([`${today} 120000 Coffee`]);

    const early = await api.post(`/recurring/${id}/end`, { on: addDays(today, -1) });
    expect(early.status).toBe(409);
    expect(early.body.details).toEqual([
      { field: 'on', message: `must not be before ${today}, its latest expense` },
    ]);
    const beforeStart = await api.post(`/recurring/${id}/end`, { on: addDays(today, -9) });
    expect(beforeStart.status).toBe(400);
    const ended = await api.post(`/recurring/${id}/end`, { on: today });
    expect(ended.body).toMatchObject({ endOn: today, nextOn: null });
  });

  it('validates input naming the field, and hides other people’s series', async () => {
    const bad = await api.post(
      '/recurring',
      rent({ schedule: { kind: 'monthly', day: 32 }, endOn: '2025-01-01' }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual(
      expect.arrayContaining([
        { field: 'schedule.day', message: 'must be from 1 to 31 (a month without it uses its last day)' },
      ]),
    );
    const both = await api.post('/recurring', rent({ count: 3 }));
    expect(both.body.details).toEqual([{ field: 'count', message: 'give endOn or count, not both' }]);
    const ends = await api.post('/recurring', rent({ endOn: '2025-01-01' }));
    expect(ends.body.details).toEqual([{ field: 'endOn', message: 'must not be before startOn' }]);
    const early = await api.post(
      '/recurring',
      rent({ schedule: { kind: 'days' }, startOn: addDays(todayIn('UTC'), -400), endOn: null }),
    );
    expect(early.body.details).toEqual([
      { field: 'startOn', message: 'is too far back: at most 400 past occurrences can be created at once' },
    ]);
    const unknownCategory = await api.post('/recurring', rent({ categoryId: randomUUID() }));
    expect(unknownCategory.body.details).toEqual([
      { field: 'categoryId', message: 'is not one of your categories' },
    ]);

    const mine = (await api.post('/recurring', rent({ startOn: '2031-01-31', endOn: null }))).body
      .id as string;
    const other = as((await newUser('recurring-other')).accessToken);
    expect((await other.get(`/recurring/${mine}`)).status).toBe(404);
    expect((await other.post(`/recurring/${mine}/pause`)).status).toBe(404);
    expect((await other.patch(`/recurring/${mine}`, { scope: 'series', amountMinor: 1 })).status).toBe(404);
    expect((await other.get('/recurring')).body.items).toEqual([]);
  });
});

describe('GET /dashboard: upcoming this month', () => {
  /**
   * A zone where today is not the month's last day, so something is still to come, and that window: these two
   * zones are 25 hours apart, so when one is on a month's last day the other is not.
   */
  const restOfMonthSomewhere = () => {
    const timeZone = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'].find((zone) => {
      const { from, through } = restOfMonth(todayIn(zone));
      return from <= through;
    })!;
    return { timeZone, today: todayIn(timeZone), ...restOfMonth(todayIn(timeZone)) };
  };

  it("lists a monthly series due later this month with per-currency totals; not a paused series, a skipped occurrence or another person's", async () => {
    // Midnight in any zone falls on a UTC quarter hour: clear of one, "today" holds for the whole test.
    await clearOfQuarterHour();
    const { timeZone, from, through } = restOfMonthSomewhere();
    const day = Number(from.slice(8));
    const monthly = (description: string, amountMinor: number) => ({
      amountMinor,
      description,
      schedule: { kind: 'monthly', day },
      startOn: from,
    });
    const person = as((await newUser('upcoming')).accessToken);
    expect((await person.patch('/me', { timeZone })).status).toBe(200);
    const rent = (await person.post('/recurring', monthly('Rent', 120000))).body.id as string;
    const paused = (await person.post('/recurring', monthly('Paused gym', 4000))).body.id as string;
    expect((await person.post(`/recurring/${paused}/pause`)).status).toBe(200);
    const skipped = (await person.post('/recurring', monthly('Skipped water', 2500))).body.id as string;
    expect((await person.post(`/recurring/${skipped}/occurrences/${from}/skip`)).status).toBe(200);
    // Series keep the currency their owner had when creating them: one in euros, totalled apart.
    expect((await person.patch('/me', { currency: 'EUR' })).status).toBe(200);
    const music = (await person.post('/recurring', monthly('Music', 1099))).body.id as string;
    const other = as((await newUser('upcoming-other')).accessToken);
    expect((await other.post('/recurring', monthly('Not yours', 777))).status).toBe(201);

    const dashboard = await person.get('/dashboard');
    expect(dashboard.status).toBe(200);
    expect(dashboard.body.upcoming).toEqual({
      from,
      through,
      items: [
        expect.objectContaining({ seriesId: music, on: from, amountMinor: 1099, currency: 'EUR' }),
        expect.objectContaining({ seriesId: rent, on: from, amountMinor: 120000, currency: 'USD' }),
      ],
      totals: [
        { currency: 'EUR', amountMinor: 1099, count: 1 },
        { currency: 'USD', amountMinor: 120000, count: 1 },
      ],
    });
    // Shown whatever month is asked for, and never stored ahead: nothing became an expense yet.
    expect((await person.get('/dashboard?month=2026-01')).body.upcoming).toEqual(dashboard.body.upcoming);
    expect((await person.get('/expenses')).body.items).toEqual([]);
  });

  it('adds what is still scheduled to budget progress, per category, in the budget currency only', async () => {
    await clearOfQuarterHour();
    const { timeZone, today, from } = restOfMonthSomewhere();
    const person = as((await newUser('upcoming-budget')).accessToken);
    expect((await person.patch('/me', { timeZone })).status).toBe(200);
    const category: Record<string, string> = {};
    for (const item of (await person.get('/categories')).body.items) category[item.name] = item.id;
    expect((await person.put('/budgets', { categoryId: category.Housing, amountMinor: 100000 })).status).toBe(
      201,
    );
    expect(
      (
        await person.post('/expenses', {
          amountMinor: 50000,
          occurredOn: today,
          description: 'Deposit',
          categoryId: category.Housing,
        })
      ).status,
    ).toBe(201);
    const monthly = (description: string, amountMinor: number, categoryId: string) => ({
      amountMinor,
      description,
      categoryId,
      schedule: { kind: 'monthly', day: Number(from.slice(8)) },
      startOn: from,
    });
    expect((await person.post('/recurring', monthly('Rent', 120000, category.Housing!))).status).toBe(201);
    expect((await person.post('/recurring', monthly('Veg box', 3000, category.Groceries!))).status).toBe(201);

    const dashboard = (await person.get('/dashboard')).body;
    expect(dashboard.overallBudget.scheduledMinor).toBe(123000);
    expect(dashboard.byCategory).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          categoryId: category.Housing,
          totalMinor: 50000,
          budgetMinor: 100000,
          scheduledMinor: 120000,
        }),
      ]),
    );
    // Groceries has neither spending nor a budget: no row, nothing to take over.
    expect(dashboard.byCategory.map((row: { name: string }) => row.name)).toEqual(['Housing']);
    // Another month's progress has nothing scheduled in it.
    const lastMonth = (
      await person.get(`/dashboard?month=${addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7)}`)
    ).body;
    expect(lastMonth.overallBudget.scheduledMinor).toBe(0);
    expect(lastMonth.byCategory).toEqual([expect.objectContaining({ name: 'Housing', scheduledMinor: 0 })]);
  });
});
