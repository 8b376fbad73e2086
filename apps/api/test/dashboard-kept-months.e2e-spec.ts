import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { shiftMonth } from '@spendwise/contracts';
import { type PrismaClient } from '@spendwise/db';
import { claimsOf, newUser } from './support/cognito';
import { openDatabase } from './support/database';
import { as } from './support/http';
import { keepForeignMonthSql } from '../src/dashboard/dashboard.sql';

/** A figure no conversion of this test's expenses gives: a kept month showing it was read from the table as is. */
const POISON = 987_654_321;

/**
 * The dashboard keeps each past month's converted foreign spending (foreign_spending_months) and must never show a
 * kept figure that is no longer true. Each test makes the dashboard keep the months, then overwrites the kept figure
 * of the month before the one shown with POISON (and sees the dashboard read it back: the figure really is kept and
 * used), then makes one change that alters what that month converts to: an expense added, edited (amount, day,
 * currency, category, month), deleted; a rate arriving from ECB or from the person; the base currency switched. After
 * it the dashboard must show what it computes from nothing (every kept row of the person wiped) — never POISON.
 */
describe('dashboard: kept foreign months are never stale', () => {
  let db: PrismaClient;
  let api: ReturnType<typeof as>;
  let userId: string;
  let category: string;
  /** The month shown (that of ECB's newest sample rate), the one before it, and a day in that one with rates. */
  let shown: string;
  let past: string;
  let pastDay: string;

  type Dashboard = {
    monthly: Array<{ month: string; totalMinor: number }>;
    notInTotals: Array<{ currency: string; count: number; amountMinor: number; dates: string[] }>;
  };
  const dashboard = async (): Promise<Dashboard> => {
    const response = await api.get(`/dashboard?month=${shown}`);
    expect(response.status).toBe(200);
    return response.body as Dashboard;
  };
  const monthTotal = (body: Dashboard, month: string) =>
    body.monthly.find((entry) => entry.month === month)!.totalMinor;
  const insert = async (currency: string, amountMinor: number, occurredOn: string) => {
    const [{ id }] = await db.$queryRaw<[{ id: string }]>`
      INSERT INTO expenses (id, user_id, currency, amount_minor, occurred_on, description, tags, created_at, updated_at)
      VALUES (gen_random_uuid(), ${userId}::uuid, ${currency}, ${amountMinor}, ${occurredOn}::date, 'kept', '{}',
        now(), now())
      RETURNING id::text`;
    return id;
  };

  /** Fills the kept months, poisons the past one, and checks the dashboard reads the poison. */
  async function keepAndPoison() {
    await dashboard();
    const poisoned = await db.$executeRaw`
      UPDATE foreign_spending_months SET converted_minor = ${POISON}
      WHERE user_id = ${userId}::uuid AND month = ${`${past}-01`}::date AND converted_minor IS NOT NULL`;
    expect(poisoned).toBe(1);
    const read = await dashboard();
    // Everything this person spends is foreign: the month's total is the kept figure alone.
    expect(monthTotal(read, past)).toBe(POISON);
    return read;
  }

  /** What the dashboard shows computed from nothing kept. */
  async function fresh(): Promise<Dashboard> {
    await db.$executeRaw`
      UPDATE foreign_spending_months SET converted_minor = NULL, not_in_totals = NULL WHERE user_id = ${userId}::uuid`;
    return dashboard();
  }

  /** After a change: what the dashboard shows is what it computes from scratch, and the poison is gone. */
  async function expectFresh(): Promise<Dashboard> {
    const shownNow = await dashboard();
    // No month holds the poison, alone or with other spending added to it.
    expect(Math.max(...shownNow.monthly.map((entry) => entry.totalMinor))).toBeLessThan(POISON / 2);
    const want = await fresh();
    expect(shownNow).toEqual(want);
    return shownNow;
  }

  beforeAll(async () => {
    db = openDatabase();
    const tokens = await newUser('dashboard-kept-months');
    api = as(tokens.accessToken);
    category = ((await api.get('/categories')).body.items as Array<{ id: string }>)[0]!.id;
    [{ id: userId }] = await db.$queryRaw<[{ id: string }]>`
      SELECT id::text FROM users WHERE cognito_sub = ${claimsOf(tokens.accessToken).sub}`;
    const [{ newest }] = await db.$queryRaw<[{ newest: string }]>`
      SELECT to_char(max(date), 'YYYY-MM-DD') AS newest FROM exchange_rates`;
    shown = newest.slice(0, 7);
    past = shiftMonth(shown, -1);
    pastDay = `${past}-10`;
  });

  beforeEach(async () => {
    await db.$executeRaw`DELETE FROM expenses WHERE user_id = ${userId}::uuid`;
    await db.$executeRaw`DELETE FROM personal_exchange_rates WHERE user_id = ${userId}::uuid`;
    expect((await api.patch('/me', { currency: 'USD' })).status).toBe(200);
    // Something foreign in every month of the chart's last three, so there is a kept row to poison.
    await insert('EUR', 1_000, `${past}-03`);
    await insert('EUR', 2_000, `${shown}-02`);
    await insert('GBP', 500, `${shiftMonth(past, -1)}-20`);
  });

  afterAll(async () => {
    await db.$disconnect();
  });

  it('keeps past months, not the one shown, and reads them back while nothing changed', async () => {
    const before = await fresh();
    const kept = await db.$queryRaw<Array<{ month: string; convertedMinor: number }>>`
      SELECT to_char(month, 'YYYY-MM') AS month, converted_minor::int AS "convertedMinor"
      FROM foreign_spending_months
      WHERE user_id = ${userId}::uuid AND converted_minor IS NOT NULL ORDER BY month`;
    expect(kept.map((row) => row.month)).toEqual([shiftMonth(past, -1), past]);
    expect(kept[1]!.convertedMinor).toBe(monthTotal(before, past));
    // A second look answers the same from what was kept.
    expect(await dashboard()).toEqual(before);
    await keepAndPoison();
  });

  it('an expense added in the past month counts at once', async () => {
    await keepAndPoison();
    await insert('EUR', 4_321, pastDay);
    const after = await expectFresh();
    expect(monthTotal(after, past)).toBeGreaterThan(0);
  });

  it.each(['amount', 'category'])('an edit of its %s through the API counts at once', async (field) => {
    const id = await insert('EUR', 4_321, pastDay);
    await keepAndPoison();
    const change = field === 'amount' ? { amountMinor: 9_999 } : { categoryId: category };
    expect((await api.patch(`/expenses/${id}`, change)).status).toBe(200);
    await expectFresh();
  });

  // Written in SQL: what the triggers on expenses must see whatever writes it (an import, a bulk edit, the API).
  it.each([
    [
      'day (same month, currency, amount and category: the monthly totals do not change)',
      `occurred_on = occurred_on + 1`,
    ],
    [
      'month (moved out of the past month)',
      `occurred_on = date_trunc('month', occurred_on) + interval '1 month'`,
    ],
    ['currency', `currency = 'GBP'`],
  ])('an edit of its %s counts at once', async (_, set) => {
    const id = await insert('EUR', 4_321, pastDay);
    await keepAndPoison();
    expect(await db.$executeRawUnsafe(`UPDATE expenses SET ${set} WHERE id = $1::uuid`, id)).toBe(1);
    await expectFresh();
  });

  it('an expense moved into the past month from another person counts at once', async () => {
    const other = await newUser('dashboard-kept-months-other');
    await as(other.accessToken).get('/me');
    const [{ id: otherId }] = await db.$queryRaw<[{ id: string }]>`
      SELECT id::text FROM users WHERE cognito_sub = ${claimsOf(other.accessToken).sub}`;
    const [{ id }] = await db.$queryRaw<[{ id: string }]>`
      INSERT INTO expenses (id, user_id, currency, amount_minor, occurred_on, description, tags, created_at, updated_at)
      VALUES (gen_random_uuid(), ${otherId}::uuid, 'GBP', 7_777, ${pastDay}::date, 'theirs', '{}', now(), now())
      RETURNING id::text`;
    await keepAndPoison();
    await db.$executeRaw`UPDATE expenses SET user_id = ${userId}::uuid WHERE id = ${id}::uuid`;
    await expectFresh();
  });

  it('a deleted expense stops counting at once', async () => {
    const id = await insert('EUR', 4_321, pastDay);
    await keepAndPoison();
    expect((await api.delete(`/expenses/${id}`)).status).toBe(204);
    await expectFresh();
  });

  it("money without a rate moves into the totals as soon as the person's own rate arrives", async () => {
    // ARS: ECB publishes none, so only the person's own rate converts it.
    await insert('ARS', 500_000, pastDay);
    const before = await keepAndPoison();
    expect(before.notInTotals).toEqual([
      { currency: 'ARS', count: 1, amountMinor: 500_000, dates: [pastDay] },
    ]);
    expect((await api.put(`/me/exchange-rates/ARS/${pastDay}`, { rate: '1000' })).status).toBe(201);
    const after = await expectFresh();
    expect(after.notInTotals).toEqual([]);
  });

  it('money without a rate moves into the totals as soon as ECB’s rate arrives', async () => {
    // JPY with ECB's rates of the 8 days up to the expense's taken away: no usable rate, until they come back.
    const removed = await db.$queryRaw<Array<{ date: string; rate: string }>>`
      DELETE FROM exchange_rates WHERE currency = 'JPY' AND date BETWEEN ${pastDay}::date - 7 AND ${pastDay}::date
      RETURNING to_char(date, 'YYYY-MM-DD') AS date, rate::text AS rate`;
    try {
      expect(removed.length).toBeGreaterThan(0);
      await insert('JPY', 50_000, pastDay);
      const before = await keepAndPoison();
      expect(before.notInTotals.map((entry) => entry.currency)).toEqual(['JPY']);
    } finally {
      for (const { date, rate } of removed) {
        await db.$executeRaw`
          INSERT INTO exchange_rates (currency, date, rate, updated_at) VALUES ('JPY', ${date}::date, ${rate}::numeric, now())`;
      }
    }
    const after = await expectFresh();
    expect(after.notInTotals).toEqual([]);
  });

  it('a figure computed before a concurrent change is never kept as valid', async () => {
    // A request read the past month at its current version and converted it; before it writes, an expense of that
    // month is added. Its write, stamped with the version it read, must not make the old figure valid again.
    await dashboard();
    const [{ version, ecb, personal }] = await db.$queryRaw<
      [{ version: number; ecb: string; personal: string }]
    >`
      SELECT k.computed_at_version::int AS version, k.exchange_rates_version::text AS ecb,
        k.personal_rates_version::text AS personal
      FROM foreign_spending_months k WHERE k.user_id = ${userId}::uuid AND k.month = ${`${past}-01`}::date`;
    await insert('EUR', 4_321, pastDay);
    await db.$executeRaw(
      keepForeignMonthSql(
        userId,
        'USD',
        { ecb, personal },
        { month: `${past}-01`, version, convertedMinor: POISON, notInTotals: [] },
      ),
    );
    await expectFresh();
  });

  // From its second call on, the dashboard reads the month shown's groups and the rates in its own statement, in the
  // currencies and over the days the previous call needed (DashboardService's `expected`), and uses them only when
  // they answer what this call needs.
  it('a currency new to the month shown counts at once, though the previous dashboard read only the others', async () => {
    await dashboard();
    const before = await dashboard();
    expect(await dashboard()).toEqual(before);
    await insert('GBP', 700, `${shown}-02`);
    const after = await dashboard();
    expect(after).toEqual(await fresh());
    expect(monthTotal(after, shown)).not.toBe(monthTotal(before, shown));
  });

  it('a rate written since the previous dashboard counts at once in the month shown', async () => {
    // Foreign spending in the month shown only: nothing kept, the same groups and rates needed on every call.
    await db.$executeRaw`DELETE FROM expenses WHERE user_id = ${userId}::uuid AND occurred_on < ${`${shown}-01`}::date`;
    await dashboard();
    await dashboard();
    expect((await api.put(`/me/exchange-rates/USD/${shown}-02`, { rate: '2' })).status).toBe(201);
    // 20.00 EUR at the person's own 2 USD to the euro.
    expect(monthTotal(await dashboard(), shown)).toBe(4_000);
    expect((await api.put(`/me/exchange-rates/USD/${shown}-02`, { rate: '3' })).status).toBe(200);
    expect(monthTotal(await dashboard(), shown)).toBe(6_000);
  });

  it('a switch of the base currency converts every month again', async () => {
    // GBP: foreign in USD and in EUR, so the past month has foreign spending (and a kept row) in both.
    await insert('GBP', 3_000, pastDay);
    await keepAndPoison();
    expect((await api.patch('/me', { currency: 'EUR' })).status).toBe(200);
    const inEuros = await expectFresh();
    // The EUR spending of the past month now counts as it is, the GBP one converted.
    expect(monthTotal(inEuros, past)).toBeGreaterThan(1_000);
  });
});
