import { describe, it, expect, vi } from 'vitest';
import { DEFAULT_CATEGORIES } from '@spendwise/contracts';
import { CHALLENGE_INVALID_TOKEN } from './bearer-challenge';
import { type AppConfig } from '../config/app-config';
import { UnauthenticatedError } from '../errors/domain-error';
import { type Tx } from '../prisma/transaction';
import { type UserProvisioningRepository } from './user-provisioning.repository';
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
  const tx = {} as Tx;
  const users = {
    // The lookup by sub: no row unless a test says otherwise.
    findByCognitoSub: vi.fn().mockResolvedValue(null),
    transaction: vi.fn((work: (t: Tx) => unknown) => work(tx)),
    insertIfAbsent: vi.fn(),
    idOf: vi.fn(),
    addCategories: vi.fn(),
  };
  const service = new UserProvisioningService(
    users as unknown as UserProvisioningRepository,
    {
      cognito: { sessionCheckSeconds, sessionGraceSeconds: 600 },
    } as AppConfig,
  );
  return { service, tx, users };
}

describe('UserProvisioningService.userFor', () => {
  it('asks Cognito right now before creating a row, and creates none when Cognito refuses', async () => {
    const { service, users } = setup();
    users.insertIfAbsent.mockResolvedValue(ROW);
    const refused = vi.fn().mockRejectedValue(new UnauthenticatedError(CHALLENGE_INVALID_TOKEN));
    await expect(service.userFor(IDENTITY, refused)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(users.insertIfAbsent).not.toHaveBeenCalled();
    const confirmed = vi.fn().mockResolvedValue('ada@example.com');
    await expect(service.userFor(IDENTITY, confirmed)).resolves.toEqual({
      id: 'user-1',
      cognitoSub: 'sub-1',
    });
    expect(confirmed).toHaveBeenCalledTimes(1);
  });

  it('does not ask Cognito again for a row that exists', async () => {
    const { service, users } = setup();
    users.findByCognitoSub.mockResolvedValue({ id: 'user-1', cognitoSub: 'sub-1' });
    const confirmNow = vi.fn();
    await service.userFor(IDENTITY, confirmNow);
    expect(confirmNow).not.toHaveBeenCalled();
  });

  it('after forgetDeleted, answers 401 for the sub instead of remembering or re-creating it', async () => {
    const { service, users } = setup();
    users.findByCognitoSub.mockResolvedValue({ id: 'user-1', cognitoSub: 'sub-1' });
    await service.userFor(IDENTITY);
    expect(service.rememberedUser('sub-1')).toEqual({ id: 'user-1', cognitoSub: 'sub-1' });
    service.forgetDeleted('sub-1');
    expect(service.rememberedUser('sub-1')).toBeUndefined();
    await expect(service.userFor(IDENTITY, vi.fn())).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(users.transaction).not.toHaveBeenCalled();
    await expect(service.userFor({ cognitoSub: 'sub-2', email: 'bob@example.com' })).resolves.toBeDefined();
  });

  it('never offers a deleted account as remembered, even when a lookup begun before the deletion ends after it', async () => {
    const { service, users } = setup();
    let answer!: (row: { id: string; cognitoSub: string }) => void;
    users.findByCognitoSub.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const inFlight = service.userFor(IDENTITY);
    service.forgetDeleted('sub-1');
    answer({ id: 'user-1', cognitoSub: 'sub-1' });
    await inFlight;
    expect(service.rememberedUser('sub-1')).toBeUndefined();
  });

  it('returns the existing row for a known sub without writing', async () => {
    const { service, users } = setup();
    users.findByCognitoSub.mockResolvedValue({ id: 'user-1', cognitoSub: 'sub-1' });
    await expect(service.userFor(IDENTITY)).resolves.toEqual({ id: 'user-1', cognitoSub: 'sub-1' });
    expect(users.transaction).not.toHaveBeenCalled();
  });

  it('on first sight creates the user and the ten default categories in one transaction', async () => {
    const { service, tx, users } = setup();
    users.insertIfAbsent.mockResolvedValue(ROW);
    await expect(service.userFor(IDENTITY)).resolves.toEqual({ id: 'user-1', cognitoSub: 'sub-1' });
    expect(users.transaction).toHaveBeenCalledTimes(1);
    expect(users.insertIfAbsent).toHaveBeenCalledWith({ cognitoSub: 'sub-1', email: 'ada@example.com' }, tx);
    const [categories, inTransaction] = users.addCategories.mock.calls[0] as [unknown[], Tx];
    expect(inTransaction).toBe(tx);
    expect(categories).toHaveLength(DEFAULT_CATEGORIES.length);
    expect(categories).toContainEqual({
      userId: 'user-1',
      name: 'Dining out',
      normalizedName: 'dining out',
      color: '#ea580c',
    });
  });

  it('when a concurrent request created the user first, returns that user and adds no categories', async () => {
    const { service, users } = setup();
    users.insertIfAbsent.mockResolvedValue(null);
    users.idOf.mockResolvedValue('user-1');
    await expect(service.userFor(IDENTITY)).resolves.toEqual({ id: 'user-1', cognitoSub: 'sub-1' });
    expect(users.addCategories).not.toHaveBeenCalled();
  });

  it('remembers the row for SESSION_CHECK_SECONDS, then looks it up again', async () => {
    const { service, users } = setup({ sessionCheckSeconds: 1 });
    users.findByCognitoSub.mockResolvedValue({ id: 'user-1', cognitoSub: 'sub-1' });
    await service.userFor(IDENTITY);
    await expect(service.userFor(IDENTITY)).resolves.toEqual({ id: 'user-1', cognitoSub: 'sub-1' });
    expect(users.findByCognitoSub).toHaveBeenCalledTimes(1);
    await service.userFor({ cognitoSub: 'sub-2', email: 'bob@example.com' });
    expect(users.findByCognitoSub).toHaveBeenCalledTimes(2);

    // A row removed behind the API's back is noticed (and re-created) once the window has passed.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    users.findByCognitoSub.mockResolvedValue({ id: 'user-1b', cognitoSub: 'sub-1' });
    await expect(service.userFor(IDENTITY)).resolves.toEqual({ id: 'user-1b', cognitoSub: 'sub-1' });
    expect(users.findByCognitoSub).toHaveBeenCalledTimes(3);
  });

  it('with SESSION_CHECK_SECONDS=0 remembers nothing', async () => {
    const { service, users } = setup({ sessionCheckSeconds: 0 });
    users.findByCognitoSub.mockResolvedValue({ id: 'user-1', cognitoSub: 'sub-1' });
    await service.userFor(IDENTITY);
    await service.userFor(IDENTITY);
    expect(users.findByCognitoSub).toHaveBeenCalledTimes(2);
  });
});
