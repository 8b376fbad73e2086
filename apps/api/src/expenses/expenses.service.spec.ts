import { describe, it, expect, vi } from 'vitest';
import { type CreateExpense } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { UnknownCategoryError } from '../categories/category.errors';
import { UnauthenticatedError } from '../errors/domain-error';
import { type PrismaService } from '../prisma/prisma.service';
import { foreignKeyViolation } from '../testing/prisma-fakes';
import { IdempotencyKeyReusedError, IdempotencyKeySpentError } from './expense.errors';
import { type ExpenseRow } from './expense.mapper';
import { type BudgetAlertsService } from '../budget-alerts/budget-alerts.service';
import { ExpensesService } from './expenses.service';

const USER: AuthenticatedUser = { id: 'user-1', cognitoSub: 'sub-1' };
const INPUT: CreateExpense = {
  amountMinor: 1250,
  occurredOn: '2026-03-01',
  description: 'Lunch',
  tags: ['work'],
};
const ROW: ExpenseRow = {
  id: 'exp-1',
  amountMinor: 1250,
  currency: 'EUR',
  occurredOn: new Date('2026-03-01T00:00:00.000Z'),
  description: 'Lunch',
  merchant: null,
  note: null,
  tags: ['work'],
  categoryId: null,
  createdAt: new Date('2026-03-01T12:00:00.000Z'),
  updatedAt: new Date('2026-03-01T12:00:00.000Z'),
};

function setup() {
  const expense = {
    findUnique: vi.fn(),
    findFirst: vi.fn(),
    update: vi.fn(),
    deleteMany: vi.fn(),
  };
  const category = { count: vi.fn() };
  const expenseIdempotencyTombstone = { count: vi.fn().mockResolvedValue(0) };
  const calls: string[] = [];
  const $executeRaw = vi.fn(async (strings: TemplateStringsArray) => {
    calls.push(strings.join('?'));
    return 1;
  });
  // The INSERT … RETURNING of a new expense (raw SQL): answers with the stored row.
  const $queryRaw = vi.fn(async (..._query: unknown[]) => [ROW]);
  /** The values bound into the INSERT, in order. */
  const insertedValues = () => ($queryRaw.mock.calls[0]![0] as { values: unknown[] }).values;
  /** The INSERT's SQL with `?` where values are bound. */
  const insertSql = () => ($queryRaw.mock.calls[0]![0] as { strings: string[] }).strings.join('?');
  // An interactive transaction runs its callback with a client bound to one connection.
  const txCategory = { count: vi.fn() };
  const tx = { expense, expenseIdempotencyTombstone, $executeRaw, $queryRaw, category: txCategory };
  const $transaction = vi.fn(async (fn: (client: typeof tx) => Promise<unknown>) => fn(tx));
  const alerts = { checkAfterSpendingChanged: vi.fn() };
  const service = new ExpensesService(
    { client: { expense, category, $transaction, $queryRaw } } as unknown as PrismaService,
    alerts as unknown as BudgetAlertsService,
  );
  return {
    service,
    alerts,
    expense,
    category,
    txCategory,
    expenseIdempotencyTombstone,
    $transaction,
    $executeRaw,
    $queryRaw,
    insertedValues,
    insertSql,
    calls,
  };
}

describe('ExpensesService.create', () => {
  it("records the amount in the user's currency and the date as a calendar day", async () => {
    const { service, insertedValues, insertSql } = setup();
    const { expense: created, replayed } = await service.create(USER, INPUT);
    expect(replayed).toBe(false);
    expect(created.occurredOn).toBe('2026-03-01');
    // id, amount, date, description, merchant, note, tags, category, key, then the user whose row is read
    expect(insertedValues().slice(1, 10)).toEqual([
      1250,
      '2026-03-01',
      'Lunch',
      null,
      null,
      ['work'],
      null,
      null,
      'user-1',
    ]);
    // The currency is the user's as stored at the moment of the insert, read by the statement itself.
    expect(insertSql()).toMatch(
      /SELECT \?::uuid, u\.id, u\.currency,[\s\S]*FROM users u WHERE u\.id = \?::uuid/,
    );
  });

  it('answers 401 when the user row is gone (removed behind the API since this task looked it up)', async () => {
    const { service, $queryRaw } = setup();
    $queryRaw.mockResolvedValueOnce([]);
    await expect(service.create(USER, INPUT)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('refuses a category the user does not own', async () => {
    const { service, category, $queryRaw } = setup();
    category.count.mockResolvedValue(0);
    await expect(service.create(USER, { ...INPUT, categoryId: 'someone-elses' })).rejects.toBeInstanceOf(
      UnknownCategoryError,
    );
    expect($queryRaw).not.toHaveBeenCalled();
  });

  it('treats a category deleted during the insert the same way', async () => {
    const { service, category, $queryRaw } = setup();
    category.count.mockResolvedValue(1);
    $queryRaw.mockRejectedValue(foreignKeyViolation());
    await expect(service.create(USER, { ...INPUT, categoryId: 'cat-1' })).rejects.toBeInstanceOf(
      UnknownCategoryError,
    );
  });

  describe('with an Idempotency-Key', () => {
    it('returns the expense an earlier identical request created, without inserting', async () => {
      const { service, expense, $queryRaw } = setup();
      expense.findUnique.mockResolvedValue(ROW);
      await expect(service.create(USER, INPUT, 'key-1')).resolves.toEqual({
        expense: expect.objectContaining({ id: 'exp-1' }),
        replayed: true,
      });
      expect(expense.findUnique).toHaveBeenCalledWith({
        where: { userId_idempotencyKey: { userId: 'user-1', idempotencyKey: 'key-1' } },
      });
      expect($queryRaw).not.toHaveBeenCalled();
    });

    it('refuses the same key with a different body (409)', async () => {
      const { service, expense } = setup();
      expense.findUnique.mockResolvedValue(ROW);
      await expect(service.create(USER, { ...INPUT, amountMinor: 999 }, 'key-1')).rejects.toBeInstanceOf(
        IdempotencyKeyReusedError,
      );
    });

    it('locks the key for the transaction before looking it up, then inserts with the key', async () => {
      const { service, expense, $executeRaw, calls, insertedValues } = setup();
      expense.findUnique.mockImplementation(async () => {
        expect($executeRaw).toHaveBeenCalledTimes(1);
        return null;
      });
      await expect(service.create(USER, INPUT, 'key-1')).resolves.toMatchObject({ replayed: false });
      expect(calls[0]).toContain('pg_advisory_xact_lock(hashtextextended(');
      expect($executeRaw.mock.calls[0]!.slice(1)).toEqual(['user-1', 'key-1']);
      expect(insertedValues()[8]).toBe('key-1');
    });

    it('refuses a key whose expense has since been deleted (409), without inserting', async () => {
      const { service, expense, expenseIdempotencyTombstone, $queryRaw } = setup();
      expense.findUnique.mockResolvedValue(null);
      expenseIdempotencyTombstone.count.mockResolvedValue(1);
      await expect(service.create(USER, INPUT, 'key-1')).rejects.toBeInstanceOf(IdempotencyKeySpentError);
      expect(expenseIdempotencyTombstone.count).toHaveBeenCalledWith({
        where: { userId: 'user-1', idempotencyKey: 'key-1' },
      });
      expect($queryRaw).not.toHaveBeenCalled();
    });

    it("checks the category on the transaction's own connection (never waits on a second one)", async () => {
      const { service, expense, category, txCategory } = setup();
      expense.findUnique.mockResolvedValue(null);
      txCategory.count.mockResolvedValue(1);
      await service.create(USER, { ...INPUT, categoryId: 'cat-1' }, 'key-1');
      expect(txCategory.count).toHaveBeenCalledWith({ where: { id: 'cat-1', userId: 'user-1' } });
      expect(category.count).not.toHaveBeenCalled();
    });

    it('needs no transaction without a key', async () => {
      const { service, $transaction } = setup();
      await service.create(USER, INPUT);
      expect($transaction).not.toHaveBeenCalled();
    });
  });
});

describe('ExpensesService reads and writes by id', () => {
  it('scopes every lookup to the caller and answers 404 for anything else', async () => {
    const { service, expense } = setup();
    expense.findFirst.mockResolvedValue(null);
    await expect(service.get(USER, 'exp-9')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(expense.findFirst).toHaveBeenCalledWith({ where: { id: 'exp-9', userId: 'user-1' } });
    expense.deleteMany.mockResolvedValue({ count: 0 });
    await expect(service.remove(USER, 'exp-9')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('changes only the fields sent, and null uncategorises', async () => {
    const { service, expense } = setup();
    expense.update.mockResolvedValue(ROW);
    await service.update(USER, 'exp-1', { description: 'Dinner', categoryId: null });
    expect(expense.update).toHaveBeenCalledWith({
      where: { id: 'exp-1', userId: 'user-1' },
      data: { description: 'Dinner', categoryId: null },
    });
  });
});
