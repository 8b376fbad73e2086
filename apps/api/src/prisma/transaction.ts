import { type Pool, type Prisma, queryRows, type QueryRowsOptions } from '@spendwise/db';
import { type PrismaService } from './prisma.service';

declare const open: unique symbol;

/**
 * An open transaction as a service sees it: a handle to pass to repository methods, with nothing to query through
 * (services never touch the database; see ARCHITECTURE.md, "The persistence floor").
 */
export interface Tx {
  readonly [open]: true;
}

/** The transaction client behind a handle: for repositories, which alone send statements. */
export function clientOf(tx: Tx): Prisma.TransactionClient {
  return tx as unknown as Prisma.TransactionClient;
}

/**
 * Where a repository method sends its statement: inside the caller's transaction when given one, else on the pool.
 * Every repository method takes that optional `tx` last, so one shape serves both.
 */
export function dbOf(prisma: PrismaService, tx?: Tx): Prisma.TransactionClient {
  return tx ? clientOf(tx) : prisma.client;
}

/**
 * The rows of a read, typed as `$queryRaw` types them: inside the caller's transaction through Prisma (the statement
 * must run on the transaction's connection), else straight on the pool through `queryRows`, which returns the same
 * values without Prisma's raw-query layer and its second conversion of every value (BENCHMARKS.md, "Raw reads
 * without Prisma's deserialisation"). Failures outside a transaction are `pg`'s `DatabaseError`s, which
 * `mapPrismaError`, `isUniqueViolation` and `isForeignKeyViolation` read by SQLSTATE like Prisma's.
 */
export function rowsOf<T>(prisma: PrismaService, sql: Prisma.Sql, tx?: Tx): Promise<T> {
  return readRows<T>(sql, tx, prisma.pool, {});
}

/**
 * rowsOf for a statement sent as a named prepared statement (queryRows' `prepared`, which says which statements may
 * be: the text one of a fixed few), on the pool whose connections run it on its one generic plan
 * (`preparedPool`, createPgPools). Inside a transaction it goes through Prisma unnamed, as with rowsOf.
 */
export function preparedRowsOf<T>(prisma: PrismaService, sql: Prisma.Sql, tx?: Tx): Promise<T> {
  return readRows<T>(sql, tx, prisma.preparedPool, { prepared: true });
}

function readRows<T>(sql: Prisma.Sql, tx: Tx | undefined, pool: Pool, options: QueryRowsOptions) {
  return tx ? clientOf(tx).$queryRaw<T>(sql) : queryRows<T>(pool, sql, options);
}

/**
 * Runs `work` in one interactive transaction (committed when it resolves, rolled back when it throws). Every
 * repository's `transaction(work)` is this, so a service can span repositories of several features with one handle.
 */
export function inTransaction<T>(
  prisma: PrismaService,
  work: (tx: Tx) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  return prisma.client.$transaction((client) => work(client as unknown as Tx), options);
}
