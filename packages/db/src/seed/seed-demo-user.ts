import { DEFAULT_CURRENCY } from '@spendwise/contracts';
import { type PrismaClient } from '../generated/prisma/client';
import { defaultCategoryRows, normalizeCategoryName } from '../new-user';
import { demoExpenses } from './demo-expenses';

export interface SeedDemoUserOptions {
  /** The Cognito identity the demo user signs in as. */
  cognitoSub: string;
  email: string;
  /** How far back the expenses go, ending today. */
  months?: number;
  /** Same seed, same expenses. */
  seed?: number;
  /** The last day with expenses (tests pin it); defaults to now. */
  today?: Date;
}

export interface SeedDemoUserResult {
  userId: string;
  categoriesCreated: number;
  expensesCreated: number;
  /** All of the user's expenses after the run, including earlier runs' and any added by hand. */
  expensesTotal: number;
}

/**
 * A demo user with the default categories and `months` of realistic expenses. Idempotent: re-running creates
 * only what is missing (expenses are keyed by their `idempotency_key`, categories by their normalized name).
 */
export async function seedDemoUser(
  prisma: PrismaClient,
  { cognitoSub, email, months = 12, seed = 1, today = new Date() }: SeedDemoUserOptions,
): Promise<SeedDemoUserResult> {
  const user = await prisma.user.upsert({ where: { cognitoSub }, create: { cognitoSub, email }, update: {} });

  const categories = await prisma.category.createMany({
    data: defaultCategoryRows(user.id),
    skipDuplicates: true,
  });
  const categoryIds = new Map(
    (await prisma.category.findMany({ where: { userId: user.id } })).map((c) => [c.normalizedName, c.id]),
  );

  const from = new Date(today);
  from.setUTCMonth(from.getUTCMonth() - months);
  from.setUTCDate(from.getUTCDate() + 1);
  const expenses = await prisma.expense.createMany({
    data: demoExpenses(seed, from, today).map((expense) => ({
      userId: user.id,
      categoryId:
        categoryIds.get(normalizeCategoryName(expense.category)) ?? missingCategory(expense.category),
      amountMinor: expense.amountMinor,
      currency: DEFAULT_CURRENCY,
      occurredOn: new Date(`${expense.occurredOn}T00:00:00Z`),
      description: expense.description,
      merchant: expense.merchant,
      tags: expense.tags,
      idempotencyKey: expense.key,
    })),
    skipDuplicates: true,
  });

  return {
    userId: user.id,
    categoriesCreated: categories.count,
    expensesCreated: expenses.count,
    expensesTotal: await prisma.expense.count({ where: { userId: user.id } }),
  };
}

/** The same key the API stores in `normalized_name` (apps/api/src/categories/category-name.ts). */
function missingCategory(name: string): never {
  throw new Error(`Demo expenses use the category "${name}", which is not among DEFAULT_CATEGORIES.`);
}
