import { createPgPools, createPrismaClient, type PgPools, type PrismaClient } from '@spendwise/db';
import { e2eEnv } from './e2e-env';

/** Direct database access for setting up large data sets and checking what the API stored. */
export function openDatabase(): PrismaClient {
  return createPrismaClient(options());
}

/**
 * The same, with the pools beside the client: what PrismaService holds, for building a repository outside Nest
 * (repositories read through the pools, writes and transactions through the client). Three connections: two for
 * `pool`, one for `preparedPool`, so whatever a test reads there meets the server process its statements ran on.
 * `client.$disconnect()` ends `pool`; end `preparedPool` yourself.
 */
export function openDatabaseAndPools(): PgPools & { client: PrismaClient } {
  const pools = createPgPools(options());
  return { ...pools, client: createPrismaClient(options(), pools.pool) };
}

// Bulk set-up statements may run longer than the API's 10 s statement timeout on a busy 2-core machine.
const options = () => ({ databaseUrl: e2eEnv().databaseUrl, poolMax: 3, statementTimeoutMs: 120_000 });
