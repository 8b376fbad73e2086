/**
 * Importing ECB files into `exchange_rates` on a real PostgreSQL with every migration applied: rates are stored
 * exactly, a re-import (or an overlapping file) adds nothing, a corrected rate is updated, a refused file leaves
 * nothing behind, and the table's own checks refuse what the parser refuses.
 */
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDeploy } from '../cli.mjs';
import {
  createPrismaClient,
  importEcbRatesFile,
  importExchangeRates,
  parseEcbRates,
  readExchangeRates,
  type PrismaClient,
} from '../src';
import { createEmptyDatabase, query } from './support/databases';

const RATES = path.join(__dirname, '../rates');
const TODAY = '2026-12-04';
const HIST = path.join(RATES, 'sample-eurofxref-hist.xml');
const DAILY = path.join(RATES, 'sample-eurofxref-daily.xml');

describe('exchange rates import', () => {
  let prisma: PrismaClient;
  let url: string;

  beforeAll(async () => {
    url = await createEmptyDatabase('rates');
    await migrateDeploy(url);
    prisma = createPrismaClient({ databaseUrl: url });
  });
  afterAll(() => prisma?.$disconnect());

  const count = async () =>
    (await query<{ n: number }>(url, 'SELECT COUNT(*)::int AS n FROM exchange_rates'))[0]!.n;

  it('imports the shipped history, then a re-import and the overlapping daily file add nothing', async () => {
    const first = await importEcbRatesFile(prisma, HIST, { today: TODAY });
    expect(first).toMatchObject({ inserted: 45 * 29, updated: 0, unchanged: 0 });
    expect(await count()).toBe(45 * 29);

    expect(await importEcbRatesFile(prisma, HIST, { today: TODAY })).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 45 * 29,
    });
    expect(await importEcbRatesFile(prisma, DAILY, { today: TODAY })).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 29,
    });
    expect(await count()).toBe(45 * 29);
  });

  it('stores every rate exactly: what is read back equals what the file says, digit for digit', async () => {
    const parsed = parseEcbRates((await import('node:fs')).readFileSync(HIST, 'utf8'), { today: TODAY });
    const stored = await readExchangeRates(prisma, '2026-10-05', '2026-12-04');
    // The numeric column keeps the value; trailing zeros of the published text are not significant ("10.8720").
    const canonical = (rate: string) => rate.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
    expect(stored).toEqual(parsed.rates.map((r) => ({ ...r, rate: canonical(r.rate) })));
    const [column] = await query<{ type: string }>(
      url,
      `SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute
       WHERE attrelid = 'exchange_rates'::regclass AND attname = 'rate'`,
    );
    expect(column!.type).toBe('numeric(18,10)');
  });

  it('updates a rate ECB corrected, and only that one', async () => {
    const before = await query<{ updated_at: Date }>(
      url,
      `SELECT updated_at FROM exchange_rates WHERE currency = 'GBP' AND date = '2026-12-04'`,
    );
    const result = await importExchangeRates(prisma, [
      { date: '2026-12-04', currency: 'USD', rate: '1.1667' },
      { date: '2026-12-04', currency: 'GBP', rate: '0.86879' },
    ]);
    expect(result).toEqual({ inserted: 0, updated: 1, unchanged: 1 });
    expect(await readExchangeRates(prisma, '2026-12-04', '2026-12-04')).toContainEqual({
      date: '2026-12-04',
      currency: 'USD',
      rate: '1.1667',
    });
    const after = await query<{ updated_at: Date }>(
      url,
      `SELECT updated_at FROM exchange_rates WHERE currency = 'GBP' AND date = '2026-12-04'`,
    );
    expect(after[0]!.updated_at).toEqual(before[0]!.updated_at);
  });

  it('a write the table refuses rolls back the whole import', async () => {
    const total = await count();
    await expect(
      importExchangeRates(prisma, [
        { date: '2026-12-07', currency: 'USD', rate: '1.16' },
        { date: '2026-12-07', currency: 'JPY', rate: '0' },
      ]),
    ).rejects.toThrow(/exchange_rates_rate_check/);
    expect(await count()).toBe(total);
  });

  it.each([
    [`'USD', '2026-12-07', 0`, 'exchange_rates_rate_check'],
    [`'USD', '2026-12-07', -1.05`, 'exchange_rates_rate_check'],
    [`'USD', '2026-12-07', 10000001`, 'exchange_rates_rate_check'],
    [`'EUR', '2026-12-07', 1`, 'exchange_rates_currency_check'],
    [`'usd', '2026-12-07', 1.05`, 'exchange_rates_currency_check'],
    [`'USD', '1998-12-31', 1.05`, 'exchange_rates_date_check'],
    [`'USD', NULL, 1.05`, 'null value in column "date"'],
  ])('the table refuses (%s) by itself', async (values, constraint) => {
    await expect(
      query(url, `INSERT INTO exchange_rates (currency, date, rate, updated_at) VALUES (${values}, now())`),
    ).rejects.toThrow(constraint);
  });

  it('(date, currency) is unique', async () => {
    await expect(
      query(
        url,
        `INSERT INTO exchange_rates (currency, date, rate, updated_at) VALUES ('USD', '2026-12-04', 2, now())`,
      ),
    ).rejects.toThrow(/exchange_rates_pkey/);
  });

  it('counts every change to the rates in exchange_rates_version, visible only with the change itself', async () => {
    const version = async () =>
      Number((await query<{ v: string }>(url, 'SELECT version AS v FROM exchange_rates_version'))[0]!.v);
    // An import that changes nothing (the daily file, imported a second time) moves nothing.
    await importEcbRatesFile(prisma, DAILY, { today: TODAY });
    const start = await version();
    expect(await importEcbRatesFile(prisma, DAILY, { today: TODAY })).toMatchObject({
      inserted: 0,
      updated: 0,
    });
    expect(await version()).toBe(start);

    await query(
      url,
      `INSERT INTO exchange_rates (currency, date, rate, updated_at) VALUES ('USD', '2026-12-05', 1.1, now())`,
    );
    expect(await version()).toBe(start + 1);
    await query(url, `UPDATE exchange_rates SET rate = 1.2 WHERE currency = 'USD' AND date = '2026-12-05'`);
    expect(await version()).toBe(start + 2);

    // Until the writer commits, a reader sees the old count with the old rates; a rollback leaves both.
    const writer = new pg.Client({ connectionString: url });
    await writer.connect();
    try {
      await writer.query('BEGIN');
      await writer.query(`DELETE FROM exchange_rates WHERE currency = 'USD' AND date = '2026-12-05'`);
      const during = await query<{ v: string; n: number }>(
        url,
        `SELECT version AS v, (SELECT COUNT(*)::int FROM exchange_rates WHERE date = '2026-12-05') AS n
         FROM exchange_rates_version`,
      );
      expect(during).toEqual([{ v: String(start + 2), n: 1 }]);
      await writer.query('ROLLBACK');
      expect(await version()).toBe(start + 2);
      await writer.query(`DELETE FROM exchange_rates WHERE currency = 'USD' AND date = '2026-12-05'`);
      expect(await version()).toBe(start + 3);
    } finally {
      await writer.end();
    }
    await query(url, 'TRUNCATE exchange_rates');
    expect(await version()).toBe(start + 4);
    expect(await count()).toBe(0);
  });
});
