import { type AuthenticatedUser } from '../auth/authenticated-user';
import { UnknownCategoryError } from '../categories/category.errors';
import { type PrismaService } from '../prisma/prisma.service';
import { foreignKeyViolation } from '../testing/prisma-fakes';
import { type UsersService } from '../users/users.service';
import { BudgetsService } from './budgets.service';

const USER: AuthenticatedUser = { id: 'user-1', cognitoSub: 'sub-1' };
const ROW = {
  id: 'budget-1',
  categoryId: null,
  amountMinor: 50000,
  createdAt: new Date('2026-01-01T00:00:00.000Z'),
  updatedAt: new Date('2026-01-02T00:00:00.000Z'),
};

function setup() {
  const client = {
    $queryRaw: jest.fn(),
    budget: { findMany: jest.fn(), update: jest.fn(), deleteMany: jest.fn() },
    category: { count: jest.fn() },
  };
  // The currency is whatever the user's row says now.
  const users = { preferencesOf: jest.fn().mockResolvedValue({ currency: 'JPY', timeZone: 'Asia/Tokyo' }) };
  return {
    service: new BudgetsService({ client } as unknown as PrismaService, users as unknown as UsersService),
    client,
    users,
  };
}

describe('BudgetsService', () => {
  it("upserts the overall budget in one statement and reports whether it was new, in the user's currency", async () => {
    const { service, client } = setup();
    client.$queryRaw.mockResolvedValue([{ ...ROW, created: true }]);
    await expect(service.set(USER, { categoryId: null, amountMinor: 50000 })).resolves.toEqual({
      created: true,
      budget: {
        id: 'budget-1',
        categoryId: null,
        amountMinor: 50000,
        currency: 'JPY',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-02T00:00:00.000Z',
      },
    });
    expect(client.category.count).not.toHaveBeenCalled();
    const sql = (client.$queryRaw.mock.calls[0] as [TemplateStringsArray])[0].join('?');
    expect(sql).toContain('ON CONFLICT (user_id, category_id)');
  });

  it("refuses a category that is not the caller's, before writing", async () => {
    const { service, client } = setup();
    client.category.count.mockResolvedValue(0);
    await expect(service.set(USER, { categoryId: 'other', amountMinor: 1 })).rejects.toBeInstanceOf(
      UnknownCategoryError,
    );
    expect(client.category.count).toHaveBeenCalledWith({ where: { id: 'other', userId: 'user-1' } });
    expect(client.$queryRaw).not.toHaveBeenCalled();
  });

  it('treats a category deleted during the upsert the same way', async () => {
    const { service, client } = setup();
    client.category.count.mockResolvedValue(1);
    client.$queryRaw.mockRejectedValue(foreignKeyViolation());
    await expect(service.set(USER, { categoryId: 'cat-1', amountMinor: 1 })).rejects.toBeInstanceOf(
      UnknownCategoryError,
    );
  });

  it('changes and removes only the caller’s budgets', async () => {
    const { service, client } = setup();
    client.budget.update.mockResolvedValue(ROW);
    await service.update(USER, 'budget-1', { amountMinor: 70000 });
    expect(client.budget.update).toHaveBeenCalledWith({
      where: { id: 'budget-1', userId: 'user-1' },
      data: { amountMinor: 70000 },
    });
    client.budget.deleteMany.mockResolvedValue({ count: 0 });
    await expect(service.remove(USER, 'budget-1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
