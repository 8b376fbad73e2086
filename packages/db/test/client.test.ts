import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDeploy } from '../cli.mjs';
import { createPrismaClient, Prisma, type PrismaClient } from '../src';
import { createEmptyDatabase } from './support/databases';

describe('createPrismaClient', () => {
  let url: string;
  let prisma: PrismaClient;

  beforeAll(async () => {
    url = await createEmptyDatabase('client');
    await migrateDeploy(url);
    prisma = createPrismaClient({ databaseUrl: url, poolMax: 2, statementTimeoutMs: 500 });
  });
  afterAll(() => prisma?.$disconnect());

  it('round-trips rows through the migrated schema', async () => {
    const created = await prisma.user.create({
      data: {
        cognitoSub: 'sub-roundtrip',
        email: 'roundtrip@example.com',
        expenses: {
          create: {
            amountMinor: 1250,
            currency: 'EUR',
            occurredOn: new Date('2026-03-14T00:00:00Z'),
            description: 'Lunch',
            tags: ['work', 'team'],
          },
        },
      },
    });

    const read = await prisma.user.findUniqueOrThrow({
      where: { cognitoSub: 'sub-roundtrip' },
      include: { expenses: true },
    });

    expect(read.id).toBe(created.id);
    expect(read).toMatchObject({ email: 'roundtrip@example.com', currency: 'USD', timeZone: 'UTC' });
    expect(read.expenses).toEqual([
      expect.objectContaining({
        amountMinor: 1250,
        currency: 'EUR',
        occurredOn: new Date('2026-03-14T00:00:00Z'),
        description: 'Lunch',
        tags: ['work', 'team'],
        categoryId: null,
      }),
    ]);
  });

  it('reports unique violations as Prisma errors the API can map', async () => {
    await prisma.user.create({ data: { cognitoSub: 'sub-twice', email: 'twice@example.com' } });
    const duplicate = prisma.user.create({ data: { cognitoSub: 'sub-twice', email: 'twice@example.com' } });
    await expect(duplicate).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    await expect(duplicate).rejects.toMatchObject({ code: 'P2002' });
  });

  it('has PostgreSQL cancel a statement that runs past statementTimeoutMs', async () => {
    const started = Date.now();
    await expect(prisma.$queryRaw`SELECT pg_sleep(5)`).rejects.toThrow(/statement timeout/);
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});
