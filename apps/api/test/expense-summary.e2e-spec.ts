/**
 * The filtered list's count and total (GET /expenses/summary) and the tag filter, end to end: expenses in the base
 * currency and in yen (one dated before any rate), tags typed in any case. Expected totals are computed here from
 * the rates in the database with the contracts' own conversion, never written down.
 */
import { buildRateTable, convertMinor, type ExchangeRate } from '@spendwise/contracts';
import { type PrismaClient } from '@spendwise/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUser } from './support/cognito';
import { openDatabase } from './support/database';
import { as } from './support/http';

describe('GET /expenses/summary and the tag filter', () => {
  let db: PrismaClient;
  let api: ReturnType<typeof as>;
  let transport: string;
  let yenInDollars: number;

  beforeAll(async () => {
    db = openDatabase();
    api = as((await newUser('summary')).accessToken);
    transport = (await api.get('/categories')).body.items.find(
      (category: { name: string }) => category.name === 'Transport',
    ).id;
    const spend = async (expense: Record<string, unknown>) =>
      expect((await api.post('/expenses', expense)).status).toBe(201);
    await spend({
      amountMinor: 1000,
      occurredOn: '2026-11-10',
      description: 'Taxi',
      tags: ['work'],
      categoryId: transport,
    });
    await spend({
      amountMinor: 250,
      occurredOn: '2026-11-11',
      description: 'Coffee',
      tags: ['Work', 'travel'],
    });
    await spend({ amountMinor: 4000, occurredOn: '2026-11-12', description: 'Shoes' });
    expect((await api.patch('/me', { currency: 'JPY' })).status).toBe(200);
    await spend({ amountMinor: 3000, occurredOn: '2026-11-13', description: 'Ramen', tags: ['work'] });
    // Months before the first rate of the sample ECB file: no rate converts it.
    await spend({
      amountMinor: 1500,
      occurredOn: '2026-01-05',
      description: 'Train ticket',
      categoryId: transport,
    });
    expect((await api.patch('/me', { currency: 'USD' })).status).toBe(200);

    const rates = buildRateTable(
      await db.$queryRaw<ExchangeRate[]>`
        SELECT currency, to_char(date, 'YYYY-MM-DD') AS date, rate::text AS rate FROM exchange_rates
        WHERE currency IN ('USD', 'JPY')`,
    );
    const yen = convertMinor(3000, 'JPY', 'USD', '2026-11-13', rates);
    if (!yen.ok) throw new Error('test data: the sample ECB file has no JPY/USD rate for 2026-11-13');
    yenInDollars = yen.amountMinor;
  });
  afterAll(() => db?.$disconnect());

  it('counts every matching expense and totals them in the base currency, what no rate converts apart', async () => {
    const { status, body } = await api.get('/expenses/summary');
    expect(status).toBe(200);
    expect(body).toEqual({
      count: 5,
      baseCurrency: 'USD',
      totalMinor: 1000 + 250 + 4000 + yenInDollars,
      notInTotals: [{ currency: 'JPY', count: 1, amountMinor: 1500, dates: ['2026-01-05'] }],
    });
    const transportOnly = await api.get(`/expenses/summary?categoryId=${transport}`);
    expect(transportOnly.body).toMatchObject({ count: 2, totalMinor: 1000, notInTotals: [{ count: 1 }] });
    const november = await api.get('/expenses/summary?from=2026-11-01&to=2026-11-30&minAmount=1000');
    expect(november.body).toEqual({
      count: 3,
      baseCurrency: 'USD',
      totalMinor: 1000 + 4000 + yenInDollars,
      notInTotals: [],
    });
  });

  it('filters the list, the summary and the export by a tag, whatever its case', async () => {
    const listed = await api.get('/expenses?tag=WORK');
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((item: { description: string }) => item.description)).toEqual([
      'Ramen',
      'Coffee',
      'Taxi',
    ]);
    expect((await api.get('/expenses/summary?tag=work')).body).toMatchObject({
      count: 3,
      totalMinor: 1000 + 250 + yenInDollars,
    });
    expect((await api.get('/expenses?tag=travel')).body.items).toHaveLength(1);
    expect((await api.get('/expenses?tag=wor')).body.items).toEqual([]);
    const csv = (await api.get('/expenses/export.csv?tag=travel')).text.trimEnd().split('\r\n');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain('Coffee');
  });

  it('counts what walking every page finds', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await api.get(
        `/expenses?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect((await api.get('/expenses/summary')).body.count).toBe(seen.length);
  });

  it('validates the filters naming the parameter, and counts nothing of another person', async () => {
    const long = await api.get(`/expenses/summary?tag=${'x'.repeat(31)}`);
    expect(long.status).toBe(400);
    expect(long.body.details.map((issue: { field: string }) => issue.field)).toEqual(['tag']);
    const unknown = await api.get('/expenses/summary?cursor=abc');
    expect(unknown.status).toBe(400);
    const reversed = await api.get('/expenses/summary?from=2026-12-01&to=2026-11-01');
    expect(reversed.body.details).toEqual([{ field: 'from', message: 'must not be after to' }]);

    const other = as((await newUser('summary-other')).accessToken);
    expect((await other.get('/expenses/summary')).body).toEqual({
      count: 0,
      baseCurrency: 'USD',
      totalMinor: 0,
      notInTotals: [],
    });
    expect((await other.get('/expenses?tag=work')).body.items).toEqual([]);
  });
});
