import { describe, it, expect, vi } from 'vitest';
import { type CreateExpense } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { UnknownCategoryError } from '../categories/category.errors';
import { UnauthenticatedError } from '../errors/domain-error';
import { type CategoriesRepository } from '../categories/categories.repository';
import { type Tx } from '../prisma/transaction';
import { foreignKeyViolation } from '../testing/prisma-fakes';
import { IdempotencyKeyReusedError, IdempotencyKeySpentError } from './expense.errors';
import { type ExpenseRow } from './expense.mapper';
import { type BudgetAlertsService } from '../budget-alerts/budget-alerts.service';
import { idempotencyLockSql, type InsertedExpenseRow, insertExpenseSql } from './expense-insert.sql';
import { type ExpensesRepository } from './expenses.repository';
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
  // An interactive transaction runs its work with a handle bound to one connection.
  const tx = {} as Tx;
  const expenses = {
    transaction: vi.fn(async (work: (t: Tx) => Promise<unknown>) => work(tx)),
    lockIdempotencyKey: vi.fn(async (..._lock: unknown[]) => undefined),
    byIdempotencyKey: vi.fn(),
    keySpent: vi.fn().mockResolvedValue(false),
    // The INSERT … RETURNING of a new expense: answers with the stored row, for a person with a budget and alerts on.
    insert: vi.fn(async (..._insert: unknown[]): Promise<InsertedExpenseRow | null> => ({
      ...ROW,
      alertsWanted: true,
    })),
    findOwn: vi.fn(),
    update: vi.fn(),
    remove: vi.fn(),
  };
  const categories = { owns: vi.fn() };
  const alerts = { checkAfterSpendingChanged: vi.fn() };
  const service = new ExpensesService(
    expenses as unknown as ExpensesRepository,
    categories as unknown as CategoriesRepository,
    alerts as unknown as BudgetAlertsService,
  );
  /** The statement the repository sends for the insert the service asked for (its SQL and bound values). */
  const inserted = () => {
    const [userId, input, idempotencyKey] = expenses.insert.mock.calls[0] as [
      string,
      CreateExpense,
      string | null,
    ];
    return insertExpenseSql({ id: 'new-id', userId, input, idempotencyKey });
  };
  return { service, alerts, expenses, categories, tx, inserted };
}

describe('ExpensesService.create', () => {
  it("records the amount in the user's currency and the date as a calendar day", async () => {
    const { service, inserted } = setup();
    const { expense: created, replayed } = await service.create(USER, INPUT);
    expect(replayed).toBe(false);
    expect(created.occurredOn).toBe('2026-03-01');
    // id, amount, date, description, merchant, note, tags, category, key, then the user whose row is read
    expect(inserted().values.slice(1, 10)).toEqual([
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
    expect(inserted().strings.join('?')).toMatch(
      /SELECT \?::uuid, u\.id, u\.currency,[\s\S]*FROM users u WHERE u\.id = \?::uuid/,
    );
  });

  it('queues a budget-alert check when the insert says the person wants alerts and has a budget', async () => {
    const { service, alerts } = setup();
    const { expense } = await service.create(USER, INPUT);
    expect(expense).not.toHaveProperty('alertsWanted');
    expect(alerts.checkAfterSpendingChanged).toHaveBeenCalledExactlyOnceWith('user-1');
  });

  it('queues no check, a round trip, when the insert says no alert can be needed', async () => {
    const { service, alerts, expenses, inserted } = setup();
    expenses.insert.mockResolvedValueOnce({ ...ROW, alertsWanted: false });
    await service.create(USER, INPUT);
    expect(alerts.checkAfterSpendingChanged).not.toHaveBeenCalled();
    // The statement asks it of the inserted row's person: alerts on, and a budget.
    expect(inserted().strings.join('?')).toMatch(
      /RETURNING [\s\S]*EXISTS \([\s\S]*JOIN budgets b ON b\.user_id = u\.id WHERE u\.id = e\.user_id AND u\.budget_alerts\) AS "alertsWanted"/,
    );
  });

  it('answers 401 when the user row is gone (removed behind the API since this task looked it up)', async () => {
    const { service, expenses } = setup();
    expenses.insert.mockResolvedValueOnce(null);
    await expect(service.create(USER, INPUT)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('refuses a category the user does not own', async () => {
    const { service, categories, expenses } = setup();
    categories.owns.mockResolvedValue(false);
    await expect(service.create(USER, { ...INPUT, categoryId: 'someone-elses' })).rejects.toBeInstanceOf(
      UnknownCategoryError,
    );
    expect(expenses.insert).not.toHaveBeenCalled();
  });

  it('treats a category deleted during the insert the same way', async () => {
    const { service, categories, expenses } = setup();
    categories.owns.mockResolvedValue(true);
    expenses.insert.mockRejectedValue(foreignKeyViolation());
    await expect(service.create(USER, { ...INPUT, categoryId: 'cat-1' })).rejects.toBeInstanceOf(
      UnknownCategoryError,
    );
  });

  describe('with an Idempotency-Key', () => {
    it('returns the expense an earlier identical request created, without inserting', async () => {
      const { service, expenses, tx, alerts } = setup();
      expenses.byIdempotencyKey.mockResolvedValue(ROW);
      await expect(service.create(USER, INPUT, 'key-1')).resolves.toEqual({
        expense: expect.objectContaining({ id: 'exp-1' }),
        replayed: true,
      });
      expect(expenses.byIdempotencyKey).toHaveBeenCalledWith('user-1', 'key-1', tx);
      expect(expenses.insert).not.toHaveBeenCalled();
      expect(alerts.checkAfterSpendingChanged).not.toHaveBeenCalled();
    });

    it('refuses the same key with a different body (409)', async () => {
      const { service, expenses } = setup();
      expenses.byIdempotencyKey.mockResolvedValue(ROW);
      await expect(service.create(USER, { ...INPUT, amountMinor: 999 }, 'key-1')).rejects.toBeInstanceOf(
        IdempotencyKeyReusedError,
      );
    });

    it('locks the key for the transaction before looking it up, then inserts with the key', async () => {
      const { service, expenses, tx, inserted } = setup();
      expenses.byIdempotencyKey.mockImplementation(async () => {
        expect(expenses.lockIdempotencyKey).toHaveBeenCalledTimes(1);
        return null;
      });
      await expect(service.create(USER, INPUT, 'key-1')).resolves.toMatchObject({ replayed: false });
      expect(expenses.lockIdempotencyKey.mock.calls[0]).toEqual(['user-1', 'key-1', tx]);
      // The statement the repository sends for that call (sql/expenses/idempotency-lock.sql).
      expect(idempotencyLockSql('user-1', 'key-1').text).toContain('pg_advisory_xact_lock(hashtextextended(');
      expect(inserted().values[8]).toBe('key-1');
    });

    it('refuses a key whose expense has since been deleted (409), without inserting', async () => {
      const { service, expenses, tx } = setup();
      expenses.byIdempotencyKey.mockResolvedValue(null);
      expenses.keySpent.mockResolvedValue(true);
      await expect(service.create(USER, INPUT, 'key-1')).rejects.toBeInstanceOf(IdempotencyKeySpentError);
      expect(expenses.keySpent).toHaveBeenCalledWith('user-1', 'key-1', tx);
      expect(expenses.insert).not.toHaveBeenCalled();
    });

    it("checks the category on the transaction's own connection (never waits on a second one)", async () => {
      const { service, expenses, categories, tx } = setup();
      expenses.byIdempotencyKey.mockResolvedValue(null);
      categories.owns.mockResolvedValue(true);
      await service.create(USER, { ...INPUT, categoryId: 'cat-1' }, 'key-1');
      expect(categories.owns).toHaveBeenCalledWith('user-1', 'cat-1', tx);
      expect(categories.owns).toHaveBeenCalledTimes(1);
    });

    it('needs no transaction without a key', async () => {
      const { service, expenses } = setup();
      await service.create(USER, INPUT);
      expect(expenses.transaction).not.toHaveBeenCalled();
    });
  });
});

describe('ExpensesService reads and writes by id', () => {
  it('scopes every lookup to the caller and answers 404 for anything else', async () => {
    const { service, expenses } = setup();
    expenses.findOwn.mockResolvedValue(null);
    await expect(service.get(USER, 'exp-9')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(expenses.findOwn).toHaveBeenCalledWith('user-1', 'exp-9');
    expenses.remove.mockResolvedValue(0);
    await expect(service.remove(USER, 'exp-9')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('changes only the fields sent, and null uncategorises', async () => {
    const { service, expenses } = setup();
    expenses.update.mockResolvedValue(ROW);
    await service.update(USER, 'exp-1', { description: 'Dinner', categoryId: null });
    expect(expenses.update).toHaveBeenCalledWith('user-1', 'exp-1', {
      description: 'Dinner',
      categoryId: null,
    });
  });
});
