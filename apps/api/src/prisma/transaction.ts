import { type Prisma } from '@spendwise/db';
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
