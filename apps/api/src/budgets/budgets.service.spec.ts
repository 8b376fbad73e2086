import { describe, it, expect, vi } from 'vitest';
import { buildRateTable, convertMinor } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { type CategoriesRepository } from '../categories/categories.repository';
import { UnknownCategoryError } from '../categories/category.errors';
import { type ExchangeRatesService } from '../exchange-rates/exchange-rates.service';
import { type Tx } from '../prisma/transaction';
import { foreignKeyViolation } from '../testing/prisma-fakes';
import { BudgetsNotConvertibleError } from './budget.errors';
import { type BudgetsRepository } from './budgets.repository';
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
  const tx = {} as Tx;
  const budgets = {
    transaction: vi.fn((work: (t: Tx) => unknown) => work(tx)),
    inMonth: vi.fn(),
    timeZoneOf: vi.fn(),
    ownerForShare: vi.fn(),
    ownerOfBudgetForShare: vi.fn(),
    upsert: vi.fn(),
    setRollover: vi.fn(),
    setAmountFrom: vi.fn(),
    remove: vi.fn(),
    amountsToConvert: vi.fn(),
    writeConverted: vi.fn(),
  };
  const categories = { owns: vi.fn() };
  const rates = { latestFor: vi.fn(), tableFor: vi.fn() };
  return {
    service: new BudgetsService(
      budgets as unknown as BudgetsRepository,
      categories as unknown as CategoriesRepository,
      rates as unknown as ExchangeRatesService,
    ),
    budgets,
    categories,
    tx,
    rates,
  };
}

/** The repository answering a budget write: the owner, then the upserted budget, then the budget row. */
function answering(
  budgets: ReturnType<typeof setup>['budgets'],
  owner: { currency: string; timeZone: string },
  created: boolean,
) {
  budgets.ownerForShare.mockResolvedValueOnce(owner);
  budgets.upsert.mockResolvedValueOnce({ id: 'budget-1', created });
  budgets.setAmountFrom.mockResolvedValueOnce(ROW);
}

describe('BudgetsService', () => {
  it("creates the overall budget, its amount from the beginning, in the owner's currency", async () => {
    const { service, budgets, tx } = setup();
    answering(budgets, { currency: 'JPY', timeZone: 'Pacific/Kiritimati' }, true);
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
    // The currency is the owner's, read first and held (FOR SHARE) until the transaction commits.
    expect(budgets.ownerForShare).toHaveBeenCalledWith('user-1', tx);
    expect(budgets.ownerForShare.mock.invocationCallOrder[0]).toBeLessThan(
      budgets.upsert.mock.invocationCallOrder[0]!,
    );
    expect(budgets.upsert).toHaveBeenCalledWith(
      { userId: 'user-1', categoryId: null, amountMinor: 50000, currency: 'JPY', rollover: undefined },
      tx,
    );
    // A new budget's amount applies from the beginning: to every month, as a budget always did.
    expect(budgets.setAmountFrom).toHaveBeenCalledWith('budget-1', '-infinity', 50000, 'JPY', tx);
  });

  it("changes an existing budget from the owner's current month on", async () => {
    const { service, budgets } = setup();
    answering(budgets, { currency: 'JPY', timeZone: 'Pacific/Kiritimati' }, false);
    await service.set(USER, { categoryId: null, amountMinor: 60000 });
    // "This month" is where the owner is (UTC+14 is a month ahead of UTC on the evening of the 31st).
    const thisMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' })
      .format(new Date())
      .slice(0, 7);
    expect(budgets.setAmountFrom.mock.calls[0]!.slice(0, 4)).toEqual([
      'budget-1',
      `${thisMonth}-01`,
      60000,
      'JPY',
    ]);
  });

  it('sets the amount from an explicit month on', async () => {
    const { service, budgets } = setup();
    answering(budgets, { currency: 'USD', timeZone: 'UTC' }, false);
    await service.set(USER, { categoryId: null, amountMinor: 700, fromMonth: '2025-03' });
    expect(budgets.setAmountFrom.mock.calls[0]!.slice(0, 4)).toEqual(['budget-1', '2025-03-01', 700, 'USD']);
  });

  it("refuses a category that is not the caller's, before writing", async () => {
    const { service, budgets, categories } = setup();
    categories.owns.mockResolvedValue(false);
    await expect(service.set(USER, { categoryId: 'other', amountMinor: 1 })).rejects.toBeInstanceOf(
      UnknownCategoryError,
    );
    expect(categories.owns).toHaveBeenCalledWith('user-1', 'other');
    expect(budgets.transaction).not.toHaveBeenCalled();
  });

  it('treats a category deleted during the upsert the same way', async () => {
    const { service, budgets, categories } = setup();
    categories.owns.mockResolvedValue(true);
    budgets.ownerForShare.mockResolvedValueOnce({ currency: 'USD', timeZone: 'UTC' });
    budgets.upsert.mockRejectedValueOnce(foreignKeyViolation());
    await expect(service.set(USER, { categoryId: 'cat-1', amountMinor: 1 })).rejects.toBeInstanceOf(
      UnknownCategoryError,
    );
  });

  it('changes and removes only the caller’s budgets', async () => {
    const { service, budgets, tx } = setup();
    budgets.ownerOfBudgetForShare.mockResolvedValue(null);
    await expect(service.update(USER, 'budget-1', { amountMinor: 70000 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // The owner is read only when the budget is theirs (sql/budgets/owner-of-budget-for-share.sql).
    expect(budgets.ownerOfBudgetForShare).toHaveBeenCalledWith('user-1', 'budget-1', tx);
    expect(budgets.setRollover).not.toHaveBeenCalled();
    expect(budgets.setAmountFrom).not.toHaveBeenCalled();
    budgets.remove.mockResolvedValue(0);
    await expect(service.remove(USER, 'budget-1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('BudgetsService.convertAll', () => {
  // The latest rates: 1 EUR = 1.1666 USD = 179.97 JPY on 4 December; ARS is not published.
  const LATEST = buildRateTable([
    { currency: 'USD', date: '2026-12-04', rate: '1.1666' },
    { currency: 'JPY', date: '2026-12-04', rate: '179.97' },
  ]);

  /** The repository holding these budgets' amounts, and the transaction handle the conversion runs in. */
  function stored(
    budgets: ReturnType<typeof setup>['budgets'],
    rows: Array<{ id: string; amountMinor: number; currency: string }>,
  ): Tx {
    const amounts = rows.map(({ id, ...row }) => ({ budgetId: id, fromMonth: '-infinity', ...row }));
    budgets.amountsToConvert.mockResolvedValueOnce(amounts);
    return {} as Tx;
  }

  /** What convertAll wrote, as the columns of its one UPDATE: currency, budget ids and amounts. */
  function written(budgets: ReturnType<typeof setup>['budgets'], call = 0) {
    const [currency, rows] = budgets.writeConverted.mock.calls[call] as [
      string,
      Array<{ budgetId: string; amountMinor: number }>,
    ];
    return { currency, ids: rows.map((row) => row.budgetId), amounts: rows.map((row) => row.amountMinor) };
  }

  it("converts every budget's amounts at the latest rate, half to even, in one statement", async () => {
    const { service, budgets, rates } = setup();
    rates.latestFor.mockResolvedValue({ table: LATEST, date: '2026-12-04' });
    const tx = stored(budgets, [
      { id: 'b-overall', amountMinor: 150000, currency: 'USD' },
      { id: 'b-food', amountMinor: 40001, currency: 'USD' },
    ]);
    await service.convertAll(tx, 'user-1', 'EUR');
    expect(budgets.amountsToConvert).toHaveBeenCalledWith('user-1', 'EUR', tx);
    expect(rates.latestFor).toHaveBeenCalledWith('user-1', ['EUR', 'USD']);
    const expected = [150000, 40001].map((amount) => {
      const conversion = convertMinor(amount, 'USD', 'EUR', '2026-12-04', LATEST);
      return conversion.ok ? conversion.amountMinor : NaN;
    });
    // 1500.00 USD / 1.1666 = 1285.787… EUR
    expect(expected[0]).toBe(128579);
    expect(budgets.writeConverted).toHaveBeenCalledTimes(1);
    expect(budgets.writeConverted.mock.calls[0]![2]).toBe(tx);
    const { currency, ids, amounts } = written(budgets);
    expect(currency).toBe('EUR');
    expect(ids).toEqual(['b-overall', 'b-food']);
    expect(amounts).toEqual(expected);
  });

  it('refuses, naming the currency, when a budget has no usable rate — and writes nothing', async () => {
    const { service, budgets, rates } = setup();
    rates.latestFor.mockResolvedValue({ table: LATEST, date: '2026-12-04' });
    const tx = stored(budgets, [{ id: 'b-overall', amountMinor: 150000, currency: 'USD' }]);
    const refusal = service.convertAll(tx, 'user-1', 'ARS');
    await expect(refusal).rejects.toBeInstanceOf(BudgetsNotConvertibleError);
    await expect(refusal).rejects.toMatchObject({
      code: 'CONFLICT',
      details: [{ field: 'currency', message: 'no exchange rate for ARS' }],
    });
    expect(budgets.writeConverted).not.toHaveBeenCalled();
  });

  it('refuses when there are no rates at all, and reads none without budgets', async () => {
    const { service, budgets, rates } = setup();
    rates.latestFor.mockResolvedValue({ table: buildRateTable([]), date: null });
    await expect(
      service.convertAll(stored(budgets, [{ id: 'b', amountMinor: 1, currency: 'EUR' }]), 'user-1', 'JPY'),
    ).rejects.toMatchObject({ details: [{ field: 'currency', message: 'no exchange rate for JPY' }] });
    rates.latestFor.mockClear();
    await service.convertAll(stored(budgets, []), 'user-1', 'JPY');
    expect(rates.latestFor).not.toHaveBeenCalled();
  });

  it('keeps a tiny budget at one minor unit and refuses one that would exceed the largest amount', async () => {
    const { service, budgets, rates } = setup();
    rates.latestFor.mockResolvedValue({ table: LATEST, date: '2026-12-04' });
    const tiny = stored(budgets, [{ id: 'b', amountMinor: 1, currency: 'JPY' }]); // 1 JPY is 0.0055 EUR
    await service.convertAll(tiny, 'user-1', 'EUR');
    expect(written(budgets).amounts).toEqual([1]);
    const huge = stored(budgets, [{ id: 'b', amountMinor: 1_000_000_000, currency: 'EUR' }]); // 10M EUR in JPY
    await expect(service.convertAll(huge, 'user-1', 'JPY')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('subtracts carried spending in other currencies, converted per group, from its start and category on', async () => {
    const { service, budgets, rates } = setup();
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
    budgets.inMonth.mockResolvedValueOnce({
      currency: 'USD',
      items: [listed(null, '2026-09-01', 7_000), listed('food', '2026-11-01', -500), listed('fun', null, 0)],
      foreignGroups: [
        group('2026-09-15', 'fun', 1_000),
        group('2026-11-02', 'food', -400), // a refund
        group('2026-11-03', null, 333),
      ],
    });
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
    const { service, budgets, rates } = setup();
    budgets.inMonth.mockResolvedValueOnce({ currency: 'USD', items: null, foreignGroups: null });
    await expect(service.list(USER, '2026-12')).resolves.toEqual({ items: [] });
    expect(rates.tableFor).not.toHaveBeenCalled();
  });
});
