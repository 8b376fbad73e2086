import { createPgPool, createPrismaClient, type Pool, type PrismaClient } from '@spendwise/db';
import { e2eEnv } from './e2e-env';

/** Direct database access for setting up large data sets and checking what the API stored. */
export function openDatabase(): PrismaClient {
  return openDatabaseAndPool().client;
}

/**
 * The same, with the pool under the client: what PrismaService holds, for building a repository outside Nest
 * (repositories read through the pool, writes and transactions through the client).
 */
export function openDatabaseAndPool(): { client: PrismaClient; pool: Pool } {
  // Bulk set-up statements may run longer than the API's 10 s statement timeout on a busy 2-core machine.
  const options = { databaseUrl: e2eEnv().databaseUrl, poolMax: 2, statementTimeoutMs: 120_000 };
  const pool = createPgPool(options);
  return { client: createPrismaClient(options, pool), pool };
}
