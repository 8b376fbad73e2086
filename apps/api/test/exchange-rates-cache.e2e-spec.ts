import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { rateUsed } from '@spendwise/contracts';
import { type PgPools, type PrismaClient } from '@spendwise/db';
import { DashboardRepository } from '../src/dashboard/dashboard.repository';
import { ExchangeRatesRepository } from '../src/exchange-rates/exchange-rates.repository';
import { ExchangeRatesService } from '../src/exchange-rates/exchange-rates.service';
import { ratesForDatesQuery } from '../src/exchange-rates/exchange-rates.sql';
import { type PrismaService } from '../src/prisma/prisma.service';
import { newUser } from './support/cognito';
import { openDatabaseAndPools } from './support/database';
import { as } from './support/http';

/**
 * ExchangeRatesService keeps ECB's rates per process and re-reads them only when exchange_rates_version moved, on
 * the e2e database (the sample ECB file): the same request twice is answered from what was kept, and any change to
 * the rates — an import, a correction, a deletion, committed by anyone — is seen by the very next call. The person's
 * own rates are read every time.
 */
describe('exchange rates as the API keeps them', () => {
  let db: PrismaClient;
  let service: ExchangeRatesService;
  let userId: string;
  let parts: PgPools & { client: PrismaClient };
  // November 2026 in the sample file; the 14th is a Saturday, which ECB never publishes.
  const FROM = '2026-11-01';
  const TO = '2026-11-30';
  const SATURDAY = '2026-11-14';
  const table = () => service.tableFor(userId, ['USD', 'JPY'], FROM, TO);

  beforeAll(async () => {
    parts = openDatabaseAndPools();
    db = parts.client;
    service = new ExchangeRatesService(new ExchangeRatesRepository(parts as unknown as PrismaService));
    const api = as((await newUser('rates-cache')).accessToken);
    userId = (await api.get('/me')).body.id;
  });
  afterAll(async () => {
    await db.$executeRaw`DELETE FROM exchange_rates WHERE date = ${SATURDAY}::date`;
    await Promise.all([db.$disconnect(), parts.preparedPool.end()]);
  });

  it('answers an unchanged request from the rates it kept, and sees a committed change at once', async () => {
    const first = await table();
    const friday = rateUsed(first, 'JPY', SATURDAY);
    expect(friday?.rateDate).toBe('2026-11-13');
    expect(await table()).toBe(first);

    await db.$executeRaw`
      INSERT INTO exchange_rates (currency, date, rate, updated_at) VALUES ('JPY', ${SATURDAY}::date, 170.25, now())`;
    const afterInsert = await table();
    expect(afterInsert).not.toBe(first);
    expect(rateUsed(afterInsert, 'JPY', SATURDAY)).toEqual({ rate: '170.25', rateDate: SATURDAY });
    expect(await table()).toBe(afterInsert);

    await db.$executeRaw`UPDATE exchange_rates SET rate = 171 WHERE currency = 'JPY' AND date = ${SATURDAY}::date`;
    expect(rateUsed(await table(), 'JPY', SATURDAY)).toEqual({ rate: '171', rateDate: SATURDAY });

    await db.$executeRaw`DELETE FROM exchange_rates WHERE date = ${SATURDAY}::date`;
    expect(rateUsed(await table(), 'JPY', SATURDAY)).toEqual(friday);
  });

  it('does the same when the dashboard reads the rates inside its groups statement', async () => {
    // DashboardService reads the month's foreign groups and the rates in one statement (versionedTableWith).
    const dashboard = new DashboardRepository(parts as unknown as PrismaService);
    const inGroups = () =>
      service.versionedTableWith(['USD', 'JPY'], FROM, TO, (request) =>
        dashboard.foreignGroups(userId, ['JPY'], [FROM], request),
      );
    const first = await inGroups();
    const again = await inGroups();
    // ECB's rates did not travel again: the table kept is the one answered.
    expect(again.read.rates?.ecb).toBeNull();
    expect(again.table).toBe(first.table);
    expect(again.versions).toEqual(first.versions);

    await db.$executeRaw`
      INSERT INTO exchange_rates (currency, date, rate, updated_at) VALUES ('JPY', ${SATURDAY}::date, 170.25, now())`;
    const changed = await inGroups();
    expect(rateUsed(changed.table, 'JPY', SATURDAY)).toEqual({ rate: '170.25', rateDate: SATURDAY });
    expect(changed.versions!.ecb).not.toBe(first.versions!.ecb);
    await db.$executeRaw`DELETE FROM exchange_rates WHERE date = ${SATURDAY}::date`;
    expect(rateUsed((await inGroups()).table, 'JPY', SATURDAY)?.rateDate).toBe('2026-11-13');
  });

  it('reads the person’s own rates every time, over the ECB rates it kept', async () => {
    const ecbOnly = await table();
    await db.$executeRaw`
      INSERT INTO personal_exchange_rates (user_id, currency, date, rate, updated_at)
      VALUES (${userId}::uuid, 'JPY', '2026-11-13', 150, now())`;
    const withOwn = await table();
    expect(rateUsed(withOwn, 'JPY', SATURDAY)).toEqual({ rate: '150', rateDate: '2026-11-13' });
    // ECB's other rates are still there.
    expect(rateUsed(withOwn, 'USD', SATURDAY)).toEqual(rateUsed(ecbOnly, 'USD', SATURDAY));

    await db.$executeRaw`DELETE FROM personal_exchange_rates WHERE user_id = ${userId}::uuid`;
    expect(await table()).toBe(ecbOnly);
  });

  it('seeks the (currency, date) key for the codes asked for, in both rate tables', async () => {
    // Compared as text instead of bpchar (the columns' type), the codes cannot be an index condition: PostgreSQL
    // casts every row's currency and filters ECB's whole history. With sequential scans off, the plan shows which.
    const query = ratesForDatesQuery(userId, ['JPY', 'USD'], FROM, TO, null);
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const rows = await tx.$queryRawUnsafe<Array<{ 'QUERY PLAN': string }>>(
        `EXPLAIN ${query.text}`,
        ...query.values,
      );
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    const onCurrency = plan.split('\n').filter((line) => /Index Cond: .*currency = ANY/.test(line));
    // One for ECB's table, one for the person's.
    expect(onCurrency, plan).toHaveLength(2);
    for (const condition of onCurrency)
      expect(condition, plan).toMatch(/currency = ANY \('\{JPY,USD\}'::bpchar\[\]\)/);
  });
});
