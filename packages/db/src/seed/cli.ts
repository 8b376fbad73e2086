/**
 * `npm run seed -w @spendwise/db` (also Prisma's `migrations.seed` command): creates or completes the demo user.
 * Needs DATABASE_URL, SEED_COGNITO_SUB and SEED_EMAIL; SEED_MONTHS and SEED_RANDOM_SEED are optional.
 */
import { createPrismaClient } from '../client';
import { seedDemoUser } from './seed-demo-user';

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required (see packages/db/README.md, "Seed").`);
  return value;
}

function positiveIntEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive whole number, got "${raw}".`);
  return value;
}

async function main(): Promise<void> {
  // Demo data is for local and test databases; a production database never gets a demo account.
  if (process.env.NODE_ENV === 'production')
    throw new Error('Refusing to seed demo data with NODE_ENV=production.');
  const prisma = createPrismaClient({ databaseUrl: requireEnv('DATABASE_URL') });
  try {
    const result = await seedDemoUser(prisma, {
      cognitoSub: requireEnv('SEED_COGNITO_SUB'),
      email: requireEnv('SEED_EMAIL'),
      months: positiveIntEnv('SEED_MONTHS', 12),
      seed: positiveIntEnv('SEED_RANDOM_SEED', 1),
    });
    console.log(
      `Demo user ${result.userId}: ${result.categoriesCreated} categories and ${result.expensesCreated} expenses ` +
        `created (${result.expensesTotal} expenses in total).`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
