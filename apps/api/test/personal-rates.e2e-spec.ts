import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { buildRateTable, convertMinor, type ExchangeRate, MAX_PERSONAL_RATES } from '@spendwise/contracts';
import { type PrismaClient } from '@spendwise/db';
import { newUser } from './support/cognito';
import { openDatabase } from './support/database';
import { as } from './support/http';

/**
 * Rates a person enters themselves (PUT/GET/DELETE /me/exchange-rates/{currency}/{date}): stored exactly, used for
 * that person's totals only, winning over ECB's rate of the same currency and date; an expense counted apart for
 * want of a rate counts as soon as its owner enters one. Expectations come from the rates in the database (the
 * sample ECB file) and the person's own, through the same convertMinor the API uses.
 */
describe('personal exchange rates', () => {
  let db: PrismaClient;
  let ecb: ExchangeRate[];
  // A Tuesday with ECB rates in the sample file; ECB publishes no ARS rate at all.
  const DAY = '2026-11-10';

  const convert = (amountMinor: number, from: string, to: string, date: string, rows: ExchangeRate[]) => {
    const conversion = convertMinor(amountMinor, from, to, date, buildRateTable(rows));
    if (!conversion.ok) throw new Error(`test data: no rate for ${conversion.currency} on ${date}`);
    return conversion.amountMinor;
  };
  /** A user whose expenses of `amounts` were recorded in `currency`, then switched to `base`. */
  const userWith = async (name: string, currency: string, amounts: number[], base = 'USD') => {
    const api = as((await newUser(name)).accessToken);
    expect((await api.patch('/me', { currency })).status).toBe(200);
    for (const amountMinor of amounts) {
      const created = await api.post('/expenses', { amountMinor, occurredOn: DAY, description: 'Abroad' });
      expect(created.status).toBe(201);
    }
    expect((await api.patch('/me', { currency: base })).status).toBe(200);
    return api;
  };

  beforeAll(async () => {
    db = openDatabase();
    ecb = await db.$queryRaw<ExchangeRate[]>`
      SELECT currency, to_char(date, 'YYYY-MM-DD') AS date, rate::text AS rate FROM exchange_rates`;
  });

  afterAll(async () => {
    await db.$disconnect();
  });

  it('counts an expense ECB has no rate for once its owner enters one, and apart again once removed', async () => {
    const api = await userWith('rates-ars', 'ARS', [1_500_000]);
    const before = (await api.get('/dashboard?month=2026-11')).body;
    expect(before.totalMinor).toBe(0);
    expect(before.notInTotals).toEqual([{ currency: 'ARS', count: 1, amountMinor: 1_500_000, dates: [DAY] }]);

    const created = await api.put(`/me/exchange-rates/ARS/${DAY}`, { rate: '1234.5678' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ currency: 'ARS', date: DAY, rate: '1234.5678' });
    const mine = { currency: 'ARS', date: DAY, rate: '1234.5678' };
    const converted = convert(1_500_000, 'ARS', 'USD', DAY, [...ecb, mine]);
    const after = (await api.get('/dashboard?month=2026-11')).body;
    expect(after).toMatchObject({ totalMinor: converted, notInTotals: [] });
    expect(after.recent[0]).toMatchObject({
      amountMinor: 1_500_000,
      currency: 'ARS',
      baseAmountMinor: converted,
    });

    // Replacing keeps one rate per currency and date, stored exactly as typed (no float on the way).
    const replaced = await api.put(`/me/exchange-rates/ARS/${DAY}`, { rate: '1300.0000000001' });
    expect(replaced.status).toBe(200);
    expect((await api.get('/me/exchange-rates')).body.items).toEqual([
      { currency: 'ARS', date: DAY, rate: '1300.0000000001', updatedAt: expect.any(String) },
    ]);
    expect((await api.get('/dashboard?month=2026-11')).body.totalMinor).toBe(
      convert(1_500_000, 'ARS', 'USD', DAY, [...ecb, { ...mine, rate: '1300.0000000001' }]),
    );

    // Removed: counted apart again, and a second removal finds nothing.
    expect((await api.delete(`/me/exchange-rates/ARS/${DAY}`)).status).toBe(204);
    expect((await api.delete(`/me/exchange-rates/ARS/${DAY}`)).status).toBe(404);
    expect((await api.get('/dashboard?month=2026-11')).body.notInTotals).toHaveLength(1);
  });

  it('wins over ECB’s rate of the same currency and date, for its owner only', async () => {
    const owner = await userWith('rates-jpy-owner', 'JPY', [30_000]);
    const other = await userWith('rates-jpy-other', 'JPY', [30_000]);
    const ecbTotal = convert(30_000, 'JPY', 'USD', DAY, ecb);
    expect((await owner.get('/dashboard?month=2026-11')).body.totalMinor).toBe(ecbTotal);

    const mine = { currency: 'JPY', date: DAY, rate: '150' };
    expect((await owner.put(`/me/exchange-rates/JPY/${DAY}`, { rate: mine.rate })).status).toBe(201);
    const withoutEcbJpyThatDay = ecb.filter((row) => !(row.currency === 'JPY' && row.date === DAY));
    const ownTotal = convert(30_000, 'JPY', 'USD', DAY, [...withoutEcbJpyThatDay, mine]);
    expect(ownTotal).not.toBe(ecbTotal);
    expect((await owner.get('/dashboard?month=2026-11')).body.totalMinor).toBe(ownTotal);

    // Another person sees neither the rate nor its effect, and cannot remove it.
    expect((await other.get('/me/exchange-rates')).body.items).toEqual([]);
    expect((await other.get('/dashboard?month=2026-11')).body.totalMinor).toBe(ecbTotal);
    expect((await other.delete(`/me/exchange-rates/JPY/${DAY}`)).status).toBe(404);
    expect((await owner.get('/me/exchange-rates')).body.items).toHaveLength(1);
  });

  it('lets budgets follow a switch to a currency only the person has a rate for', async () => {
    const api = as((await newUser('rates-budget')).accessToken);
    expect((await api.put('/budgets', { categoryId: null, amountMinor: 100_000 })).status).toBe(201);
    expect((await api.patch('/me', { currency: 'ARS' })).status).toBe(409);

    const [newest] = await db.$queryRaw<Array<{ date: string }>>`
      SELECT to_char(max(date), 'YYYY-MM-DD') AS date FROM exchange_rates`;
    const mine = { currency: 'ARS', date: newest!.date, rate: '1500' };
    expect((await api.put(`/me/exchange-rates/ARS/${mine.date}`, { rate: mine.rate })).status).toBe(201);
    expect((await api.patch('/me', { currency: 'ARS' })).status).toBe(200);
    const latest = ecb.filter((row) => row.currency === 'USD' && row.date === mine.date);
    expect((await api.get('/budgets')).body.items[0]).toMatchObject({
      currency: 'ARS',
      amountMinor: convert(100_000, 'USD', 'ARS', mine.date, [...latest, mine]),
    });
  });

  it(`keeps at most ${MAX_PERSONAL_RATES} rates per person, and still replaces one of them`, async () => {
    const api = as((await newUser('rates-many')).accessToken);
    const { id } = (await api.get('/me')).body;
    await db.$executeRaw`
      INSERT INTO personal_exchange_rates (user_id, currency, date, rate, updated_at)
      SELECT ${id}::uuid, 'ARS', DATE '2000-01-01' + n, 1000, now()
      FROM generate_series(1, ${MAX_PERSONAL_RATES - 1}) AS n`;
    expect((await api.put('/me/exchange-rates/CLP/2026-11-10', { rate: '1100' })).status).toBe(201);
    const refused = await api.put('/me/exchange-rates/CLP/2026-11-11', { rate: '1100' });
    expect(refused.status).toBe(409);
    expect(refused.body.details).toEqual([
      { field: 'rate', message: expect.stringContaining('remove some') },
    ]);
    expect((await api.put('/me/exchange-rates/CLP/2026-11-10', { rate: '1200' })).status).toBe(200);
    expect((await api.get('/me/exchange-rates')).body.items).toHaveLength(MAX_PERSONAL_RATES);
  });

  describe('bad input', () => {
    let api: ReturnType<typeof as>;
    beforeAll(async () => {
      api = as((await newUser('rates-invalid')).accessToken);
    });

    it.each([
      ['rate zero', `ARS/${DAY}`, { rate: '0' }, 'rate', 'must be at least 0.0001 (zero is not a rate)'],
      ['a negative rate', `ARS/${DAY}`, { rate: '-5' }, 'rate', 'must be a positive decimal'],
      ['an absurd rate', `ARS/${DAY}`, { rate: '100000000' }, 'rate', 'must be at most 10000000'],
      ['a rate as a JSON number', `ARS/${DAY}`, { rate: 1.5 }, 'rate', 'must be a decimal number written as'],
      ['no rate', `ARS/${DAY}`, {}, 'rate', 'is required'],
      ['an extra field', `ARS/${DAY}`, { rate: '2', base: 'USD' }, 'base', 'is not an allowed field'],
      ['an unknown currency', `XYZ/${DAY}`, { rate: '2' }, 'currency', 'is not a current ISO 4217 currency'],
      ['EUR', `EUR/${DAY}`, { rate: '2' }, 'currency', 'must not be EUR'],
      ['a lower-case code', `ars/${DAY}`, { rate: '2' }, 'currency', 'must be a 3-letter ISO 4217 code'],
      ['an invalid date', 'ARS/2026-02-30', { rate: '2' }, 'date', 'is not a real calendar date'],
      ['a date that is no date', 'ARS/yesterday', { rate: '2' }, 'date', 'must be a date as YYYY-MM-DD'],
      ['a date before the euro', 'ARS/1998-12-31', { rate: '2' }, 'date', 'must be on or after 1999-01-04'],
    ])('refuses %s with 400 naming the field', async (_case, path, body, field, message) => {
      const response = await api.put(`/me/exchange-rates/${path}`, body);
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual(
        expect.arrayContaining([{ field, message: expect.stringContaining(message) }]),
      );
      expect((await api.get('/me/exchange-rates')).body.items).toEqual([]);
    });
  });
});
