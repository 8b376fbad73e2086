import { describe, it, expect, vi } from 'vitest';
import { DEFAULT_CATEGORIES } from '@spendwise/contracts';
import { CHALLENGE_INVALID_TOKEN } from './bearer-challenge';
import { type AppConfig } from '../config/app-config';
import { UnauthenticatedError } from '../errors/domain-error';
import { type PrismaService } from '../prisma/prisma.service';
import { UserProvisioningService } from './user-provisioning.service';

const IDENTITY = { cognitoSub: 'sub-1', email: 'ada@example.com' };
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

function setup({ sessionCheckSeconds = 60 } = {}) {
  const tx = {
    user: { createManyAndReturn: vi.fn(), findUniqueOrThrow: vi.fn() },
    category: { createMany: vi.fn() },
  };
  const client = {
    // The lookup by sub (raw SQL): no row unless a test says otherwise.
    $queryRaw: vi.fn().mockResolvedValue([]),
    $transaction: vi.fn((work: (t: typeof tx) => unknown) => work(tx)),
  };
  const service = new UserProvisioningService(
    { client } as unknown as PrismaService,
    {
      cognito: { sessionCheckSeconds, sessionGraceSeconds: 600 },
    } as AppConfig,
  );
  return { service, tx, client };
}

describe('UserProvisioningService.userFor', () => {
  it('asks Cognito right now before creating a row, and creates none when Cognito refuses', async () => {
    const { service, tx } = setup();
    tx.user.createManyAndReturn.mockResolvedValue([ROW]);
    const refused = vi.fn().mockRejectedValue(new UnauthenticatedError(CHALLENGE_INVALID_TOKEN));
    await expect(service.userFor(IDENTITY, refused)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(tx.user.createManyAndReturn).not.toHaveBeenCalled();
    const confirmed = vi.fn().mockResolvedValue('ada@example.com');
    await expect(service.userFor(IDENTITY, confirmed)).resolves.toEqual({
      id: 'user-1',
      cognitoSub: 'sub-1',
    });
    expect(confirmed).toHaveBeenCalledTimes(1);
  });

  it('does not ask Cognito again for a row that exists', async () => {
    const { service, client } = setup();
    client.$queryRaw.mockResolvedValue([{ id: 'user-1', cognitoSub: 'sub-1' }]);
    const confirmNow = vi.fn();
    await service.userFor(IDENTITY, confirmNow);
    expect(confirmNow).not.toHaveBeenCalled();
  });

  it('after forgetDeleted, answers 401 for the sub instead of remembering or re-creating it', async () => {
    const { service, client } = setup();
    client.$queryRaw.mockResolvedValue([{ id: 'user-1', cognitoSub: 'sub-1' }]);
    await service.userFor(IDENTITY);
    service.forgetDeleted('sub-1');
    await expect(service.userFor(IDENTITY, vi.fn())).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(client.$transaction).not.toHaveBeenCalled();
    await expect(service.userFor({ cognitoSub: 'sub-2', email: 'bob@example.com' })).resolves.toBeDefined();
  });

  it('returns the existing row for a known sub without writing', async () => {
    const { service, client } = setup();
    client.$queryRaw.mockResolvedValue([{ id: 'user-1', cognitoSub: 'sub-1' }]);
    await expect(service.userFor(IDENTITY)).resolves.toEqual({ id: 'user-1', cognitoSub: 'sub-1' });
    expect(client.$transaction).not.toHaveBeenCalled();
  });

  it('on first sight creates the user and the ten default categories in one transaction', async () => {
    const { service, tx, client } = setup();
    tx.user.createManyAndReturn.mockResolvedValue([ROW]);
    await expect(service.userFor(IDENTITY)).resolves.toEqual({ id: 'user-1', cognitoSub: 'sub-1' });
    expect(client.$transaction).toHaveBeenCalledTimes(1);
    expect(tx.user.createManyAndReturn).toHaveBeenCalledWith({
      data: [{ cognitoSub: 'sub-1', email: 'ada@example.com' }],
      skipDuplicates: true,
    });
    const categories = tx.category.createMany.mock.calls[0]?.[0].data;
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
    tx.user.findUniqueOrThrow.mockResolvedValue({ id: 'user-1' });
    await expect(service.userFor(IDENTITY)).resolves.toEqual({ id: 'user-1', cognitoSub: 'sub-1' });
    expect(tx.category.createMany).not.toHaveBeenCalled();
  });

  it('remembers the row for SESSION_CHECK_SECONDS, then looks it up again', async () => {
    const { service, client } = setup({ sessionCheckSeconds: 1 });
    client.$queryRaw.mockResolvedValue([{ id: 'user-1', cognitoSub: 'sub-1' }]);
    await service.userFor(IDENTITY);
    await expect(service.userFor(IDENTITY)).resolves.toEqual({ id: 'user-1', cognitoSub: 'sub-1' });
    expect(client.$queryRaw).toHaveBeenCalledTimes(1);
    await service.userFor({ cognitoSub: 'sub-2', email: 'bob@example.com' });
    expect(client.$queryRaw).toHaveBeenCalledTimes(2);

    // A row removed behind the API's back is noticed (and re-created) once the window has passed.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    client.$queryRaw.mockResolvedValue([{ id: 'user-1b', cognitoSub: 'sub-1' }]);
    await expect(service.userFor(IDENTITY)).resolves.toEqual({ id: 'user-1b', cognitoSub: 'sub-1' });
    expect(client.$queryRaw).toHaveBeenCalledTimes(3);
  });

  it('with SESSION_CHECK_SECONDS=0 remembers nothing', async () => {
    const { service, client } = setup({ sessionCheckSeconds: 0 });
    client.$queryRaw.mockResolvedValue([{ id: 'user-1', cognitoSub: 'sub-1' }]);
    await service.userFor(IDENTITY);
    await service.userFor(IDENTITY);
    expect(client.$queryRaw).toHaveBeenCalledTimes(2);
  });
});
