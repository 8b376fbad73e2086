import { DEFAULT_CATEGORIES } from '@spendwise/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDeploy } from '../cli.mjs';
import { createPrismaClient, seedDemoUser, type PrismaClient } from '../src';
import { createEmptyDatabase } from './support/databases';

const today = new Date('2026-11-26T12:00:00Z');

describe('seedDemoUser', () => {
  let prisma: PrismaClient;

  beforeAll(async () => {
    const url = await createEmptyDatabase('seed');
    await migrateDeploy(url);
    prisma = createPrismaClient({ databaseUrl: url });
  });
  afterAll(() => prisma?.$disconnect());

  const expensesOf = (userId: string) =>
    prisma.expense.findMany({
      where: { userId },
      orderBy: [{ occurredOn: 'asc' }, { idempotencyKey: 'asc' }],
      include: { category: true },
    });

  it('creates the default categories and a year of realistic expenses', async () => {
    const result = await seedDemoUser(prisma, {
      cognitoSub: 'demo-a',
      email: 'a@example.com',
      months: 12,
      seed: 7,
      today,
    });

    const categories = await prisma.category.findMany({ where: { userId: result.userId } });
    expect(categories.map((c) => c.name).sort()).toEqual(DEFAULT_CATEGORIES.map((c) => c.name).sort());
    const expenses = await expensesOf(result.userId);
    expect(result).toMatchObject({
      categoriesCreated: 10,
      expensesCreated: expenses.length,
      expensesTotal: expenses.length,
    });
    expect(expenses.length).toBeGreaterThan(300);

    const days = expenses.map((e) => e.occurredOn.toISOString().slice(0, 10));
    expect(days[0]).toBe('2025-11-27');
    expect(days.at(-1)! <= '2026-11-26').toBe(true);
    const months = new Set(days.map((day) => day.slice(0, 7)));
    expect(months.size).toBe(13); // the end of Nov 2025 through Nov 2026
    const rent = expenses.filter((e) => e.description === 'Rent');
    expect(rent).toHaveLength(12);
    expect(rent.every((e) => e.category?.name === 'Housing' && e.occurredOn.getUTCDate() === 1)).toBe(true);
    const weeklyGroceries = expenses.filter((e) => e.description === 'Weekly groceries');
    expect(weeklyGroceries.length).toBeGreaterThanOrEqual(52);
    expect(new Set(expenses.map((e) => e.category?.name)).size).toBe(10);
    expect(
      expenses.every((e) => Number.isInteger(e.amountMinor) && e.amountMinor > 0 && e.currency === 'USD'),
    ).toBe(true);
  });

  it('is idempotent: a second run creates nothing and changes nothing', async () => {
    const options = { cognitoSub: 'demo-b', email: 'b@example.com', months: 12, seed: 7, today };
    const first = await seedDemoUser(prisma, options);
    const before = await expensesOf(first.userId);

    const second = await seedDemoUser(prisma, options);

    expect(second).toEqual({ ...first, categoriesCreated: 0, expensesCreated: 0 });
    expect(await expensesOf(first.userId)).toEqual(before);
  });

  it('is deterministic: the same seed gives the same expenses, another seed different ones', async () => {
    const shape = async (cognitoSub: string, seed: number) => {
      const { userId } = await seedDemoUser(prisma, {
        cognitoSub,
        email: `${cognitoSub}@example.com`,
        months: 2,
        seed,
        today,
      });
      return (await expensesOf(userId)).map((e) => [
        e.occurredOn.toISOString(),
        e.description,
        e.merchant,
        e.amountMinor,
      ]);
    };
    const sameA = await shape('demo-c', 11);
    const sameB = await shape('demo-d', 11);
    const other = await shape('demo-e', 12);
    expect(sameB).toEqual(sameA);
    expect(other).not.toEqual(sameA);
  });
});
