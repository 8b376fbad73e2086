import { describe, it, expect, vi } from 'vitest';
import { buildRateTable, convertMinor } from '@spendwise/contracts';
import { type Prisma } from '@spendwise/db';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { UnknownCategoryError } from '../categories/category.errors';
import { type ExchangeRatesService } from '../exchange-rates/exchange-rates.service';
import { type PrismaService } from '../prisma/prisma.service';
import { foreignKeyViolation } from '../testing/prisma-fakes';
import { BudgetsNotConvertibleError } from './budget.errors';
import { BudgetsService } from './budgets.service';

const USER: AuthenticatedUser = { id: 'user-1', cognitoSub: 'sub-1' };
const ROW = {
  id: 'budget-1',
  categoryId: null,
  amountMinor: 50000,
  currency: 'JPY',
  fromMonth: '2026-12',
  createdAt: new Date('2026-01-01T00:00:00.000Z'),
  updatedAt: new Date('2026-01-02T00:00:00.000Z'),
};

function setup() {
  const tx = { $queryRaw: vi.fn(), $executeRaw: vi.fn() };
  const client = {
    $queryRaw: vi.fn(),
    $transaction: vi.fn((work: (t: typeof tx) => unknown) => work(tx)),
    budget: { findMany: vi.fn(), update: vi.fn(), deleteMany: vi.fn() },
    category: { count: vi.fn() },
  };
  const rates = { latestFor: vi.fn(), tableFor: vi.fn() };
  return {
    service: new BudgetsService(
      { client } as unknown as PrismaService,
      rates as unknown as ExchangeRatesService,
    ),
    client,
    tx,
    rates,
  };
}

describe('BudgetsService', () => {
  it("creates the overall budget, its amount from the beginning, in the owner's currency", async () => {
    const { service, tx } = setup();
    tx.$queryRaw
      .mockResolvedValueOnce([{ currency: 'JPY', timeZone: 'Pacific/Kiritimati' }])
      .mockResolvedValueOnce([{ id: 'budget-1', created: true }])
      .mockResolvedValueOnce([ROW]);
    await expect(service.set(USER, { categoryId: null, amountMinor: 50000 })).resolves.toEqual({
      created: true,
      budget: {
        id: 'budget-1',
        categoryId: null,
        amountMinor: 50000,
        currency: 'JPY',
        fromMonth: '2026-12',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-02T00:00:00.000Z',
      },
    });
    // The currency is the owner's, read first and held until the transaction commits.
    const ownerSql = (tx.$queryRaw.mock.calls[0] as [TemplateStringsArray])[0].join('?');
    expect(ownerSql).toMatch(/FROM users WHERE id = \?::uuid FOR SHARE/);
    expect((tx.$queryRaw.mock.calls[1] as [TemplateStringsArray])[0].join('?')).toContain(
      'ON CONFLICT (user_id, category_id)',
    );
    const [amountSql, ...amountValues] = tx.$executeRaw.mock.calls[0] as [TemplateStringsArray, ...unknown[]];
    expect(amountSql.join('?')).toContain('ON CONFLICT (budget_id, from_month)');
    // A new budget's amount applies from the beginning: to every month, as a budget always did.
    expect(amountValues).toEqual(['budget-1', '-infinity', 50000, 'JPY']);
  });

  it("changes an existing budget from the owner's current month on", async () => {
    const { service, tx } = setup();
    tx.$queryRaw
      .mockResolvedValueOnce([{ currency: 'JPY', timeZone: 'Pacific/Kiritimati' }])
      .mockResolvedValueOnce([{ id: 'budget-1', created: false }])
      .mockResolvedValueOnce([ROW]);
    await service.set(USER, { categoryId: null, amountMinor: 60000 });
    // "This month" is where the owner is (UTC+14 is a month ahead of UTC on the evening of the 31st).
    const thisMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' })
      .format(new Date())
      .slice(0, 7);
    expect((tx.$executeRaw.mock.calls[0] as unknown[]).slice(1)).toEqual([
      'budget-1',
      `${thisMonth}-01`,
      60000,
      'JPY',
    ]);
  });

  it('sets the amount from an explicit month on', async () => {
    const { service, tx } = setup();
    tx.$queryRaw
      .mockResolvedValueOnce([{ currency: 'USD', timeZone: 'UTC' }])
      .mockResolvedValueOnce([{ id: 'budget-1', created: false }])
      .mockResolvedValueOnce([ROW]);
    await service.set(USER, { categoryId: null, amountMinor: 700, fromMonth: '2025-03' });
    expect((tx.$executeRaw.mock.calls[0] as unknown[]).slice(1)).toEqual([
      'budget-1',
      '2025-03-01',
      700,
      'USD',
    ]);
  });

  it("refuses a category that is not the caller's, before writing", async () => {
    const { service, client } = setup();
    client.category.count.mockResolvedValue(0);
    await expect(service.set(USER, { categoryId: 'other', amountMinor: 1 })).rejects.toBeInstanceOf(
      UnknownCategoryError,
    );
    expect(client.category.count).toHaveBeenCalledWith({ where: { id: 'other', userId: 'user-1' } });
    expect(client.$transaction).not.toHaveBeenCalled();
  });

  it('treats a category deleted during the upsert the same way', async () => {
    const { service, client, tx } = setup();
    client.category.count.mockResolvedValue(1);
    tx.$queryRaw
      .mockResolvedValueOnce([{ currency: 'USD', timeZone: 'UTC' }])
      .mockRejectedValueOnce(foreignKeyViolation());
    await expect(service.set(USER, { categoryId: 'cat-1', amountMinor: 1 })).rejects.toBeInstanceOf(
      UnknownCategoryError,
    );
  });

  it('changes and removes only the caller’s budgets', async () => {
    const { service, client, tx } = setup();
    tx.$queryRaw.mockResolvedValue([]);
    await expect(service.update(USER, 'budget-1', { amountMinor: 70000 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const [strings, ...values] = tx.$queryRaw.mock.calls[0] as [TemplateStringsArray, ...unknown[]];
    expect(strings.join('?')).toContain('WHERE b.id = ?::uuid AND b.user_id = u.id');
    expect(values).toEqual(['user-1', 'budget-1']);
    expect(tx.$executeRaw).not.toHaveBeenCalled();
    client.budget.deleteMany.mockResolvedValue({ count: 0 });
    await expect(service.remove(USER, 'budget-1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('BudgetsService.convertAll', () => {
  // The latest rates: 1 EUR = 1.1666 USD = 179.97 JPY on 4 December; ARS is not published.
  const LATEST = buildRateTable([
    { currency: 'USD', date: '2026-12-04', rate: '1.1666' },
    { currency: 'JPY', date: '2026-12-04', rate: '179.97' },
  ]);

  function txWith(rows: Array<{ id: string; amountMinor: number; currency: string }>) {
    const amounts = rows.map(({ id, ...row }) => ({ budgetId: id, fromMonth: '-infinity', ...row }));
    return {
      $queryRaw: vi.fn().mockResolvedValue(amounts),
      $executeRaw: vi.fn().mockResolvedValue(rows.length),
    };
  }

  it("converts every budget's amounts at the latest rate, half to even, in one statement", async () => {
    const { service, rates } = setup();
    rates.latestFor.mockResolvedValue({ table: LATEST, date: '2026-12-04' });
    const tx = txWith([
      { id: 'b-overall', amountMinor: 150000, currency: 'USD' },
      { id: 'b-food', amountMinor: 40001, currency: 'USD' },
    ]);
    await service.convertAll(tx as unknown as Prisma.TransactionClient, 'user-1', 'EUR');
    expect(rates.latestFor).toHaveBeenCalledWith('user-1', ['EUR', 'USD']);
    const expected = [150000, 40001].map((amount) => {
      const conversion = convertMinor(amount, 'USD', 'EUR', '2026-12-04', LATEST);
      return conversion.ok ? conversion.amountMinor : NaN;
    });
    // 1500.00 USD / 1.1666 = 1285.787… EUR
    expect(expected[0]).toBe(128579);
    const [, currency, ids, , amounts] = tx.$executeRaw.mock.calls[0] as [
      TemplateStringsArray,
      string,
      string[],
      string[],
      number[],
    ];
    expect(currency).toBe('EUR');
    expect(ids).toEqual(['b-overall', 'b-food']);
    expect(amounts).toEqual(expected);
  });

  it('refuses, naming the currency, when a budget has no usable rate — and writes nothing', async () => {
    const { service, rates } = setup();
    rates.latestFor.mockResolvedValue({ table: LATEST, date: '2026-12-04' });
    const tx = txWith([{ id: 'b-overall', amountMinor: 150000, currency: 'USD' }]);
    const refusal = service.convertAll(tx as unknown as Prisma.TransactionClient, 'user-1', 'ARS');
    await expect(refusal).rejects.toBeInstanceOf(BudgetsNotConvertibleError);
    await expect(refusal).rejects.toMatchObject({
      code: 'CONFLICT',
      details: [{ field: 'currency', message: 'no exchange rate for ARS' }],
    });
    expect(tx.$executeRaw).not.toHaveBeenCalled();
  });

  it('refuses when there are no rates at all, and reads none without budgets', async () => {
    const { service, rates } = setup();
    rates.latestFor.mockResolvedValue({ table: buildRateTable([]), date: null });
    await expect(
      service.convertAll(
        txWith([{ id: 'b', amountMinor: 1, currency: 'EUR' }]) as unknown as Prisma.TransactionClient,
        'user-1',
        'JPY',
      ),
    ).rejects.toMatchObject({ details: [{ field: 'currency', message: 'no exchange rate for JPY' }] });
    rates.latestFor.mockClear();
    await service.convertAll(txWith([]) as unknown as Prisma.TransactionClient, 'user-1', 'JPY');
    expect(rates.latestFor).not.toHaveBeenCalled();
  });

  it('keeps a tiny budget at one minor unit and refuses one that would exceed the largest amount', async () => {
    const { service, rates } = setup();
    rates.latestFor.mockResolvedValue({ table: LATEST, date: '2026-12-04' });
    const tiny = txWith([{ id: 'b', amountMinor: 1, currency: 'JPY' }]); // 1 JPY is 0.0055 EUR
    await service.convertAll(tiny as unknown as Prisma.TransactionClient, 'user-1', 'EUR');
    expect((tiny.$executeRaw.mock.calls[0] as unknown[])[4]).toEqual([1]);
    const huge = txWith([{ id: 'b', amountMinor: 1_000_000_000, currency: 'EUR' }]); // 10M EUR in JPY
    await expect(
      service.convertAll(huge as unknown as Prisma.TransactionClient, 'user-1', 'JPY'),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('subtracts carried spending in other currencies, converted per group, from its start and category on', async () => {
    const { service, client, rates } = setup();
    const listed = (categoryId: string | null, carryFrom: string | null, carriedInCurrencyMinor: number) => ({
      ...ROW,
      currency: 'USD',
      categoryId,
      rollover: carryFrom !== null,
      carryFrom,
      carriedInCurrencyMinor,
      createdAt: '2026-01-01T00:00:00.000+00:00',
      updatedAt: '2026-01-02T00:00:00.000+00:00',
    });
    const group = (date: string, categoryId: string | null, totalMinor: number) => ({
      currency: 'EUR',
      date,
      categoryId,
      totalMinor,
      count: 1,
    });
    client.$queryRaw.mockResolvedValueOnce([
      {
        currency: 'USD',
        items: [
          listed(null, '2026-09-01', 7_000),
          listed('food', '2026-11-01', -500),
          listed('fun', null, 0),
        ],
        foreignGroups: [
          group('2026-09-15', 'fun', 1_000),
          group('2026-11-02', 'food', -400), // a refund
          group('2026-11-03', null, 333),
        ],
      },
    ]);
    // 1 EUR = 1.5 USD every day: 15.00, −6.00 and 4.995 → 5.00 (half to even on the group).
    rates.tableFor.mockResolvedValue(
      buildRateTable(
        ['2026-09-15', '2026-11-02', '2026-11-03'].map((date) => ({ date, currency: 'USD', rate: '1.5' })),
      ),
    );
    const { items } = await service.list(USER, '2026-12');
    expect(rates.tableFor).toHaveBeenCalledWith('user-1', ['USD', 'EUR'], '2026-09-15', '2026-11-03');
    expect(
      items.map(({ categoryId, carriedMinor, availableMinor }) => [categoryId, carriedMinor, availableMinor]),
    ).toEqual([
      [null, 7_000 - 1_500 + 600 - 500, 50_000 + 5_600],
      ['food', -500 + 600, 50_000 + 100],
      ['fun', 0, 50_000],
    ]);
    expect(items[0]).toMatchObject({ rollover: true, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('reads no rates when nothing carried was spent in another currency', async () => {
    const { service, client, rates } = setup();
    client.$queryRaw.mockResolvedValueOnce([{ currency: 'USD', items: null, foreignGroups: null }]);
    await expect(service.list(USER, '2026-12')).resolves.toEqual({ items: [] });
    expect(rates.tableFor).not.toHaveBeenCalled();
  });
});
