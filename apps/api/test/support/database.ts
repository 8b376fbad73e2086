import { createPrismaClient, type PrismaClient } from '@spendwise/db';
import { e2eEnv } from './e2e-env';

/** Direct database access for setting up large data sets and checking what the API stored. */
export function openDatabase(): PrismaClient {
  // Bulk set-up statements may run longer than the API's 10 s statement timeout on a busy 2-core machine.
  return createPrismaClient({ databaseUrl: e2eEnv().databaseUrl, poolMax: 2, statementTimeoutMs: 120_000 });
}
