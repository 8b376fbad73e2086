import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export interface PrismaClientOptions {
  /** postgresql://user:password@host:port/database */
  databaseUrl: string;
  /** Connections this process may hold. Each API task's share of the server's `max_connections`. */
  poolMax?: number;
  /** Longest a single statement may run before PostgreSQL cancels it, so a slow query cannot hang a request. */
  statementTimeoutMs?: number;
  /** Longest to wait for a connection (new or from the pool) before failing the request. */
  connectionTimeoutMs?: number;
}

export const CLIENT_DEFAULTS = {
  poolMax: 10,
  statementTimeoutMs: 10_000,
  connectionTimeoutMs: 5_000,
} as const;

/** Closes connections idle this long, so a quiet task gives its share back to the server. */
const IDLE_TIMEOUT_MS = 30_000;

/** The application's one way to a PrismaClient: Prisma 7's query compiler over a bounded `pg` pool. */
export function createPrismaClient({
  databaseUrl,
  poolMax = CLIENT_DEFAULTS.poolMax,
  statementTimeoutMs = CLIENT_DEFAULTS.statementTimeoutMs,
  connectionTimeoutMs = CLIENT_DEFAULTS.connectionTimeoutMs,
}: PrismaClientOptions): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: poolMax,
    idleTimeoutMillis: IDLE_TIMEOUT_MS,
    connectionTimeoutMillis: connectionTimeoutMs,
    // Sent at connect time, so PostgreSQL itself cancels the statement (the client-side query_timeout would leave it
    // running on the server).
    statement_timeout: statementTimeoutMs,
    application_name: 'spendwise',
  });
  return new PrismaClient({ adapter });
}
