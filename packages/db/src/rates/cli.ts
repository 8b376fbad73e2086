/**
 * The exchange-rates command (forms and exit codes: ./command.ts). Needs DATABASE_URL or the DB_* parts.
 *
 *   npm run rates:import -w @spendwise/db -- FILE.xml        import one ECB file
 *   npm run rates:fetch -w @spendwise/db [-- --90-days | URL] download ECB's feed and import it
 *   npm run rates:status -w @spendwise/db                    fails when the newest rate is over 4 days old
 *
 * In the backend image: `node dist/rates/cli.js …` in /app/packages/db (the scheduled task runs
 * `--fetch --90-days`). Every failure is one line on stderr and a non-zero exit code.
 */
import { databaseUrl as databaseUrlFromEnv } from '../../database-url.cjs';
import { createPrismaClient } from '../client';
import type { PrismaClient } from '../generated/prisma/client';
import { runRatesCommand } from './command';

async function main(): Promise<number> {
  let prisma: PrismaClient | undefined;
  const open = (): PrismaClient => {
    if (prisma) return prisma;
    // In ECS the task definition passes DB_HOST, DB_USER, DB_PASSWORD, … instead, as to the migrate task.
    const databaseUrl = databaseUrlFromEnv(process.env);
    if (!databaseUrl)
      throw new Error('DATABASE_URL or DB_HOST is required (see packages/db/README.md, "Exchange rates").');
    prisma = createPrismaClient({ databaseUrl, poolMax: 1 });
    return prisma;
  };
  try {
    return await runRatesCommand(process.argv.slice(2), {
      prisma: open,
      log: (line) => console.log(line),
      error: (line) => console.error(line),
    });
  } finally {
    await prisma?.$disconnect();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
