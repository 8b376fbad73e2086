import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { buildRateTable, convertMinor, type ExchangeRate, type NotInTotals } from '@spendwise/contracts';
import { type PrismaClient } from '@spendwise/db';
import { claimsOf, newUser } from './support/cognito';
import { openDatabase } from './support/database';
import { as } from './support/http';

/**
 * The dashboard's figures for spending in other currencies must be exactly what convertMinor (contracts) gives for
 * each (currency, day, category) group — rounded once per group, half to even, cross rates through EUR, a weekend at
 * the last published rate, the person's own rate first — and a group without a rate must be counted apart, never
 * converted. Here a few hundred pseudo-random expenses in five currencies (refunds, exact half-way ties, days without
 * any rate, a currency only the person's own rates cover) are summed by the dashboard in three base currencies and
 * compared with the same sums computed here, group by group, with convertMinor over the rates in the database: the
 * guard any faster way of converting (in SQL, or kept per month) must pass unchanged (BENCHMARKS.md, issue 16). Each
 * base currency is asked twice: the second answer comes from the past months kept converted, and must be the same.
 */
describe('dashboard: foreign spending converted exactly as convertMinor', () => {
  let db: PrismaClient;
  let api: ReturnType<typeof as>;
  let userId: string;
  let categories: Array<string | null>;
  let month: string;

  /** mulberry32: the same data on every run. */
  const random = (() => {
    let seed = 0x5eed16;
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  })();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const isoDay = (date: Date) => date.toISOString().slice(0, 10);
  const addDays = (day: string, days: number) =>
    isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));

  beforeAll(async () => {
    db = openDatabase();
    const tokens = await newUser('dashboard-conversion');
    api = as(tokens.accessToken);
    const own = (await api.get('/categories')).body.items as Array<{ id: string }>;
    categories = [null, own[0]!.id, own[1]!.id];
    [{ id: userId }] = await db.$queryRaw<[{ id: string }]>`
      SELECT id::text FROM users WHERE cognito_sub = ${claimsOf(tokens.accessToken).sub}`;

    // The month of ECB's newest sample rate; its 12 months reach back far before the first rate (counted apart).
    const [{ newest }] = await db.$queryRaw<[{ newest: string }]>`
      SELECT to_char(max(date), 'YYYY-MM-DD') AS newest FROM exchange_rates`;
    month = newest.slice(0, 7);

    // The person's own rates: BHD, which ECB does not publish, on a few days (0.2: a BHD→EUR amount of an odd number
    // of fils lands exactly half-way), and GBP on a day ECB has one (theirs must win).
    const ownDays = [0, 3, 9, 16, 24].map((back) => addDays(newest, -back));
    for (const day of ownDays) {
      expect((await api.put(`/me/exchange-rates/BHD/${day}`, { rate: '0.2' })).status).toBe(201);
    }
    const [gbpDay] = await db.$queryRaw<[{ day: string }]>`
      SELECT to_char(max(date), 'YYYY-MM-DD') AS day FROM exchange_rates WHERE currency = 'GBP' AND date < ${newest}::date`;
    expect((await api.put(`/me/exchange-rates/GBP/${gbpDay!.day}`, { rate: '0.8' })).status).toBe(201);

    // Mostly within the last ten weeks (rates exist), some anywhere in the 12 months (mostly no rate yet).
    const expenses = Array.from({ length: 400 }, (_, index) => {
      const back = random() < 0.8 ? Math.floor(random() * 70) : Math.floor(random() * 330);
      const currency = pick(['EUR', 'GBP', 'JPY', 'BHD', 'USD']);
      const amountMinor =
        index % 10 === 0
          ? -Math.floor(random() * 5000)
          : index % 7 === 0
            ? 2 * Math.floor(random() * 50) + 1
            : Math.floor(random() * 2_000_000);
      return { currency, amountMinor, occurredOn: addDays(newest, -back), categoryId: pick(categories) };
    });
    await db.$executeRaw`
      INSERT INTO expenses (id, user_id, currency, amount_minor, occurred_on, description, tags, category_id,
        created_at, updated_at)
      SELECT gen_random_uuid(), ${userId}::uuid, e.currency, e.amount_minor, e.occurred_on, 'generated', '{}', e.category_id,
        now(), now()
      FROM unnest(${expenses.map((e) => e.currency)}::bpchar[], ${expenses.map((e) => e.amountMinor)}::bigint[],
        ${expenses.map((e) => e.occurredOn)}::date[], ${expenses.map((e) => e.categoryId)}::uuid[])
        AS e(currency, amount_minor, occurred_on, category_id)`;
  });

  afterAll(async () => {
    await db.$disconnect();
  });

  /** The dashboard's figures as convertMinor gives them, from the expenses and rates in the database. */
  async function expected(base: string) {
    const groups = await db.$queryRaw<
      Array<{ currency: string; date: string; categoryId: string | null; totalMinor: number; count: number }>
    >`
      SELECT currency, to_char(occurred_on, 'YYYY-MM-DD') AS date, category_id::text AS "categoryId",
        SUM(amount_minor)::int AS "totalMinor", COUNT(*)::int AS count
      FROM expenses WHERE user_id = ${userId}::uuid
        AND occurred_on >= (${`${month}-01`}::date - interval '11 months')
        AND occurred_on < (${`${month}-01`}::date + interval '1 month')
      GROUP BY 1, 2, 3`;
    const ecb = await db.$queryRaw<ExchangeRate[]>`
      SELECT currency, to_char(date, 'YYYY-MM-DD') AS date, rate::text AS rate FROM exchange_rates`;
    const own = await db.$queryRaw<ExchangeRate[]>`
      SELECT currency, to_char(date, 'YYYY-MM-DD') AS date, rate::text AS rate
      FROM personal_exchange_rates WHERE user_id = ${userId}::uuid`;
    const ownKeys = new Set(own.map((rate) => `${rate.currency} ${rate.date}`));
    const rates = buildRateTable([
      ...ecb.filter((rate) => !ownKeys.has(`${rate.currency} ${rate.date}`)),
      ...own,
    ]);

    const monthly = new Map<string, number>();
    const daily = new Map<string, number>();
    const byCategory = new Map<string | null, number>();
    const missing = new Map<string, { count: number; amountMinor: number; dates: Set<string> }>();
    const add = <K>(map: Map<K, number>, key: K, amount: number) =>
      map.set(key, (map.get(key) ?? 0) + amount);
    for (const group of groups) {
      const conversion = convertMinor(group.totalMinor, group.currency, base, group.date, rates);
      if (!conversion.ok) {
        const entry = missing.get(group.currency) ?? { count: 0, amountMinor: 0, dates: new Set<string>() };
        missing.set(group.currency, entry);
        entry.count += group.count;
        entry.amountMinor += group.totalMinor;
        entry.dates.add(group.date);
        continue;
      }
      add(monthly, group.date.slice(0, 7), conversion.amountMinor);
      if (!group.date.startsWith(month)) continue;
      add(daily, group.date, conversion.amountMinor);
      add(byCategory, group.categoryId, conversion.amountMinor);
    }
    const notInTotals: NotInTotals[] = [...missing.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, entry]) => ({
        currency,
        count: entry.count,
        amountMinor: entry.amountMinor,
        dates: [...entry.dates].sort(),
      }));
    return { monthly, daily, byCategory, notInTotals };
  }

  it.each(['USD', 'EUR', 'JPY'])(
    'in %s: every total is the sum of its groups converted by convertMinor',
    async (base) => {
      expect((await api.patch('/me', { currency: base })).status).toBe(200);
      const want = await expected(base);
      const { body } = await api.get(`/dashboard?month=${month}`);

      expect(body.currency).toBe(base);
      expect(body.notInTotals).toEqual(want.notInTotals);
      expect(body.notInTotals.length).toBeGreaterThan(0);
      expect(
        body.monthly.map((entry: { month: string; totalMinor: number }) => [entry.month, entry.totalMinor]),
      ).toEqual(
        body.monthly.map((entry: { month: string }) => [entry.month, want.monthly.get(entry.month) ?? 0]),
      );
      expect(
        body.daily.map((day: { date: string; totalMinor: number }) => [day.date, day.totalMinor]),
      ).toEqual(body.daily.map((day: { date: string }) => [day.date, want.daily.get(day.date) ?? 0]));
      // A category whose spending this month is all counted apart is listed at 0: compare the non-zero totals.
      const nonZero = (entries: Iterable<[string | null, number]>) =>
        new Map([...entries].filter(([, amount]) => amount !== 0));
      expect(
        nonZero(
          body.byCategory.map((total: { categoryId: string | null; totalMinor: number }) => [
            total.categoryId,
            total.totalMinor,
          ]),
        ),
      ).toEqual(nonZero(want.byCategory));
      // Some totals are made of converted spending at all (not only of the base currency's own expenses).
      expect([...want.monthly.values()].some((amount) => amount !== 0)).toBe(true);

      // The past months are now kept converted (foreign_spending_months): a second call answers from them, and
      // must answer exactly the same.
      const [{ kept }] = await db.$queryRaw<[{ kept: number }]>`
        SELECT count(*)::int AS kept FROM foreign_spending_months
        WHERE user_id = ${userId}::uuid AND base_currency = ${base} AND converted_minor IS NOT NULL`;
      expect(kept).toBeGreaterThanOrEqual(10);
      expect((await api.get(`/dashboard?month=${month}`)).body).toEqual(body);
    },
  );
});
