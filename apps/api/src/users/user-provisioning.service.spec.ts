import { DEFAULT_CATEGORIES } from '@spendwise/contracts';
import { type PrismaService } from '../prisma/prisma.service';
import { UserProvisioningService } from './user-provisioning.service';

const ROW = {
  id: 'user-1',
  cognitoSub: 'sub-1',
  email: 'ada@example.com',
  displayName: null,
  currency: 'USD',
  timeZone: 'UTC',
  createdAt: new Date(),
  updatedAt: new Date(),
};

function setup() {
  const tx = {
    user: { createManyAndReturn: jest.fn(), findUniqueOrThrow: jest.fn() },
    category: { createMany: jest.fn() },
  };
  const client = { $transaction: jest.fn((work: (t: typeof tx) => unknown) => work(tx)) };
  return { service: new UserProvisioningService({ client } as unknown as PrismaService), tx, client };
}

describe('UserProvisioningService.provision', () => {
  it('creates the user and the ten default categories in one transaction', async () => {
    const { service, tx, client } = setup();
    tx.user.createManyAndReturn.mockResolvedValue([ROW]);
    await expect(service.provision({ cognitoSub: 'sub-1', email: 'ada@example.com' })).resolves.toMatchObject(
      {
        id: 'user-1',
        email: 'ada@example.com',
      },
    );
    expect(client.$transaction).toHaveBeenCalledTimes(1);
    expect(tx.user.createManyAndReturn).toHaveBeenCalledWith({
      data: [{ cognitoSub: 'sub-1', email: 'ada@example.com' }],
      skipDuplicates: true,
    });
    const categories = tx.category.createMany.mock.calls[0][0].data;
    expect(categories).toHaveLength(DEFAULT_CATEGORIES.length);
    expect(categories).toContainEqual({
      userId: 'user-1',
      name: 'Dining out',
      normalizedName: 'dining out',
      color: '#ea580c',
    });
  });

  it('when a concurrent request created the user first, returns that user and adds no categories', async () => {
    const { service, tx } = setup();
    tx.user.createManyAndReturn.mockResolvedValue([]);
    tx.user.findUniqueOrThrow.mockResolvedValue(ROW);
    await expect(service.provision({ cognitoSub: 'sub-1', email: 'ada@example.com' })).resolves.toMatchObject(
      {
        id: 'user-1',
      },
    );
    expect(tx.category.createMany).not.toHaveBeenCalled();
  });
});
