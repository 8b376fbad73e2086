import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';
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
  /**
   * Asked for the password each time the pool opens a connection (an IAM auth token, a rotated secret), so a
   * credential that changes reaches new connections without a restart. `databaseUrl` must then carry no password.
   */
  password?: () => Promise<string>;
}

export const CLIENT_DEFAULTS = {
  poolMax: 10,
  statementTimeoutMs: 10_000,
  connectionTimeoutMs: 5_000,
} as const;

/** Closes connections idle this long, so a quiet task gives its share back to the server. */
const IDLE_TIMEOUT_MS = 30_000;

/** How much longer than statement_timeout the client waits before abandoning a query the server never answers. */
const QUERY_TIMEOUT_MARGIN_MS = 2_000;

/**
 * Sent once on every new connection, before its first statement: the server process allocates one 2 MB value and
 * frees it. glibc's malloc (PostgreSQL's on Linux, RDS included) then keeps up to twice that free at the top of its
 * heap instead of returning it to the kernel after each statement. Without it, a fresh server process that runs a
 * statement needing a few hundred KB in small pieces (the dashboard's, with its sorts and subplans) between small
 * ones gives that memory back after each and page-faults it in again on the next: 150–190 page faults and half the
 * throughput per dashboard on the benchmark's median user (BENCHMARKS.md, "The dashboard's statement"). A
 * connection lives until it has been idle for IDLE_TIMEOUT_MS, so this runs once per connection, not per request.
 */
export const KEEP_HEAP_BETWEEN_STATEMENTS_SQL = "SELECT length(repeat('x', 2097152))";

/** How a pool's connections plan statements (createPgPools): PostgreSQL's default, or one generic plan each. */
interface PoolPlanning {
  /**
   * `plan_cache_mode = force_generic_plan` on every connection: a named prepared statement runs on one plan chosen
   * without its values from its first call, instead of five custom plans and then a choice between the two.
   */
  genericPlans?: boolean;
}

/**
 * One bounded `pg` pool with the application's connection settings. Most callers want createPgPools (the API's
 * two pools) or createPrismaClient (which makes its own).
 */
export function createPgPool(
  {
    databaseUrl,
    poolMax = CLIENT_DEFAULTS.poolMax,
    statementTimeoutMs = CLIENT_DEFAULTS.statementTimeoutMs,
    connectionTimeoutMs = CLIENT_DEFAULTS.connectionTimeoutMs,
    password,
  }: PrismaClientOptions,
  { genericPlans = false }: PoolPlanning = {},
): Pool {
  if (password && new URL(databaseUrl).password) {
    // pg lets the URL's password win over the callback: the rotated credential would silently never be used.
    throw new Error('createPrismaClient: give the password either in databaseUrl or as a callback, not both');
  }
  return new Pool({
    // Parsed here rather than passed as `connectionString`: pg would let the URL's (empty) password override the
    // callback. Same parser, so sslmode/sslrootcert mean the same.
    ...(password ? { ...parseIntoClientConfig(databaseUrl), password } : { connectionString: databaseUrl }),
    max: poolMax,
    idleTimeoutMillis: IDLE_TIMEOUT_MS,
    connectionTimeoutMillis: connectionTimeoutMs,
    // Sent at connect time, so PostgreSQL itself cancels a slow statement and the connection stays usable.
    statement_timeout: statementTimeoutMs,
    // A server that stops answering cannot enforce statement_timeout: the client gives up a little later, so a
    // request never hangs on a silent database (the reliability suite's black-hole fault).
    query_timeout: statementTimeoutMs + QUERY_TIMEOUT_MARGIN_MS,
    // Detects a dead peer on idle pooled connections instead of handing them out.
    keepAlive: true,
    // Which pool a server process serves, in pg_stat_activity.
    application_name: genericPlans ? 'spendwise-prepared' : 'spendwise',
    // A startup parameter, so it costs no statement (and no round trip) per connection.
    ...(genericPlans && { options: '-c plan_cache_mode=force_generic_plan' }),
    // pg-pool awaits the promise before the connection's first statement (@types/pg still types it as void).
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    onConnect: (client) => client.query(KEEP_HEAP_BETWEEN_STATEMENTS_SQL),
  });
}

/** The API's connections to PostgreSQL: `poolMax` of them, split between two pools (createPgPools). */
export interface PgPools {
  /**
   * Prisma's pool (createPrismaClient's `pool`), and the raw reads and the bank import's `COPY` sent beside it:
   * every statement but the named prepared ones. PostgreSQL plans each for its values, as by default.
   */
  readonly pool: Pool;
  /**
   * For named prepared statements only (queryRows' `prepared`): each runs on its one generic plan from its first
   * call on a connection. Left to PostgreSQL (`plan_cache_mode = auto`), the choice between that plan and planning
   * every call is re-made per connection whenever the table's statistics change (autovacuum's analyse after a burst
   * of writes), so two identical connections could run the dashboard at twice each other's cost for the rest of
   * their lives (BENCHMARKS.md, "Generic plans for the prepared statements"). Not the setting for `pool`: Prisma
   * sends its statements unnamed with parameters, and a forced generic plan would plan those without their values.
   */
  readonly preparedPool: Pool;
}

/** A third of the connections go to the prepared pool: the dashboard's reads, one statement each. */
const PREPARED_SHARE = 3;

/** The two pools, `poolMax` connections between them (at least 2: one each), so one budget still bounds a process. */
export function createPgPools(options: PrismaClientOptions): PgPools {
  const poolMax = options.poolMax ?? CLIENT_DEFAULTS.poolMax;
  if (!Number.isInteger(poolMax) || poolMax < 2) {
    throw new Error(
      `createPgPools: poolMax must be a whole number of at least 2 (one per pool), not ${poolMax}`,
    );
  }
  const preparedMax = Math.max(1, Math.floor(poolMax / PREPARED_SHARE));
  return {
    pool: createPgPool({ ...options, poolMax: poolMax - preparedMax }),
    preparedPool: createPgPool({ ...options, poolMax: preparedMax }, { genericPlans: true }),
  };
}

/**
 * The application's one way to a PrismaClient: Prisma 7's query compiler over a bounded `pg` pool (by default its
 * own; give `pool` to share one whose raw connections the caller also uses). `$disconnect` ends the pool either way.
 */
export function createPrismaClient(options: PrismaClientOptions, pool = createPgPool(options)): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}
