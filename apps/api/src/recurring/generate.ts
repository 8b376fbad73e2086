/**
 * One generation run over every person's series, then exit: what EventBridge Scheduler runs as a one-off ECS task
 * (`node /app/apps/api/dist/recurring/generate.js`, infrastructure/environments/*: module "recurring_generate").
 * Same environment as the API (DATABASE_URL or the DB_* parts, IAM or file credentials). Safe to run at any time,
 * twice at once, or again after a crash: each occurrence is stored once (recurring-generator.ts). Prints
 * RECURRING_GENERATED on success, which the schedule's alarm counts; any failure is one line on stderr, exit 1.
 */
import 'reflect-metadata';
import { createPrismaClient } from '@spendwise/db';
import { loadConfig } from '../config/load-config';
import { passwordCallback } from '../prisma/database-credential';
import { RecurringGenerator } from './recurring-generator';
import { RecurringGeneratorRepository } from './recurring-generator.repository';

async function main(): Promise<void> {
  const config = loadConfig();
  const client = createPrismaClient({
    databaseUrl: config.database.url,
    poolMax: 1,
    password: passwordCallback(config.database.credential),
  });
  try {
    const { series, created } = await new RecurringGenerator(
      new RecurringGeneratorRepository({ client }),
    ).forEveryone();
    process.stdout.write(
      `${JSON.stringify({ level: 'info', service: 'spendwise-recurring', msg: 'RECURRING_GENERATED', series, created })}\n`,
    );
  } finally {
    await client.$disconnect();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `${JSON.stringify({ level: 'error', service: 'spendwise-recurring', msg: `Recurring generation failed: ${message}` })}\n`,
  );
  process.exitCode = 1;
});
