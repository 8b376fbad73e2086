import { ConflictError, type DomainError, NotFoundError, ServiceUnavailableError } from './domain-error';
import { DATABASE_CREDENTIAL_UNAVAILABLE } from '../prisma/database-credential';

/** What the pg driver adapter reports about a failure: a kind, and PostgreSQL's SQLSTATE when it has one. */
interface AdapterCause {
  kind?: string;
  code?: string;
  originalCode?: string;
}

/** What a Prisma 7 error looks like through the pg driver adapter (checked by shape: no runtime import). */
interface PrismaLikeError {
  name: string;
  code?: string;
  meta?: { modelName?: string; driverAdapterError?: { cause?: AdapterCause } };
}

// Prisma codes meaning "the database could not be used": unreachable, timed out, closed the connection.
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
// Driver adapter error kinds with the same meaning.
const UNAVAILABLE_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseDoesNotExist',
  'DatabaseAccessDenied',
  'AuthenticationFailed',
  'ConnectionClosed',
  'TlsConnectionError',
  'TooManyConnections',
  'SocketTimeout',
]);
// PostgreSQL SQLSTATE classes that mean the server cannot serve us, not that the request is wrong: connection
// exceptions (08), invalid authorization (28: a rotated password this task has not read yet, the adapter's
// AuthenticationFailed), insufficient resources (53: disk full, out of memory, too many connections), operator
// intervention (57: shutdown, statement timeout), system errors (58: I/O, missing files); and a database that does
// not exist (3D000, the adapter's DatabaseDoesNotExist). Reads through `queryRows` meet these as pg's own errors.
const UNAVAILABLE_SQLSTATE = /^((08|28|53|57|58)[0-9A-Z]{3}|3D000)$/;
const CONFLICT_SQLSTATE = new Set(['23505', '23503', '40001', '40P01']);

// Socket-level failures the pg driver can raise without Prisma wrapping them (e.g. a pooled connection the
// server dropped, noticed only when a query is sent on it).
const CONNECTION_ERROR_CODES = new Set([
  // The credential for a new connection could not be had (prisma/database-credential.ts).
  DATABASE_CREDENTIAL_UNAVAILABLE,
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// "Query read timeout" is pg's query_timeout: the database stopped answering an open connection.
const CONNECTION_ERROR_MESSAGE =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Query read timeout)/;

/**
 * The one place database errors (Prisma's, and the pg driver's below it) become API errors: unique violation →
 * 409, record not found → 404, database unreachable → 503. Returns undefined for anything else (a bug: the filter
 * turns it into an opaque 500).
 */
export function mapPrismaError(error: unknown): DomainError | undefined {
  if (isConnectionFailure(error)) return new ServiceUnavailableError();
  const driverState = pgSqlState(error);
  if (!isPrismaError(error) && !isDriverAdapterError(error) && !driverState) return undefined;
  if (error instanceof Error && error.name === 'PrismaClientInitializationError') {
    return new ServiceUnavailableError();
  }

  const prismaCode = isPrismaError(error) ? error.code : undefined;
  const cause = adapterCause(error);
  const sqlState = driverState ?? cause?.originalCode ?? cause?.code;
  if (UNAVAILABLE_PRISMA_CODES.has(prismaCode ?? '') || UNAVAILABLE_KINDS.has(cause?.kind ?? '')) {
    return new ServiceUnavailableError();
  }
  if (sqlState && UNAVAILABLE_SQLSTATE.test(sqlState)) return new ServiceUnavailableError();
  if (prismaCode === 'P2002' || sqlState === '23505') {
    return new ConflictError('This conflicts with something that already exists');
  }
  if (prismaCode === 'P2025') {
    return new NotFoundError((error as PrismaLikeError).meta?.modelName ?? 'Resource');
  }
  if (prismaCode === 'P2003' || (sqlState && CONFLICT_SQLSTATE.has(sqlState))) {
    return new ConflictError('This conflicts with a concurrent change; please retry');
  }
  return undefined;
}

/**
 * A query inside an interactive transaction (`$transaction(async (tx) => …)` with raw SQL) can fail with the
 * adapter's own DriverAdapterError, not wrapped in a PrismaClient error: seen when a password rotation terminated
 * the connection mid-transaction (57P01), which must be a 503 like the wrapped form, not a 500.
 */
function isDriverAdapterError(error: unknown): error is Error & { cause?: AdapterCause } {
  return error instanceof Error && error.name === 'DriverAdapterError';
}

/**
 * The SQLSTATE of an error PostgreSQL sent through the `pg` driver itself, not through Prisma: the bank import
 * sends its COPY and statements on a raw connection (imports/), and repositories' reads outside a transaction go
 * through `queryRows` on the pool (prisma/transaction.ts, `rowsOf`); their failures (a statement timeout, a unique
 * violation) must map like Prisma's rather than end as a 500.
 */
function pgSqlState(error: unknown): string | undefined {
  if (!(error instanceof Error) || error.name !== 'error') return undefined;
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && typeof severity === 'string' && /^[0-9A-Z]{5}$/.test(code)
    ? code
    : undefined;
}

function adapterCause(error: unknown): AdapterCause | undefined {
  if (isPrismaError(error)) return error.meta?.driverAdapterError?.cause;
  if (isDriverAdapterError(error) && typeof error.cause === 'object') return error.cause;
  return undefined;
}

function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error) || error.name.startsWith('PrismaClient')) return false;
  const code = (error as { code?: unknown }).code;
  return (
    (typeof code === 'string' && CONNECTION_ERROR_CODES.has(code)) ||
    CONNECTION_ERROR_MESSAGE.test(error.message)
  );
}

function isPrismaError(error: unknown): error is PrismaLikeError {
  return error instanceof Error && error.name.startsWith('PrismaClient');
}

/** The PostgreSQL SQLSTATE behind a Prisma error (e.g. 23505), when there is one. */
export function sqlStateOf(error: unknown): string | undefined {
  const cause = adapterCause(error);
  return cause?.originalCode ?? cause?.code;
}

/**
 * True for a unique-constraint violation on the named index (for services that handle one case themselves), whether
 * Prisma or the pg driver reports it.
 */
export function isUniqueViolation(error: unknown, index: string): boolean {
  // pg's own DatabaseError (a statement sent through `queryRows` or a raw connection) names the index directly.
  const driverState = pgSqlState(error);
  if (driverState) return driverState === '23505' && (error as { constraint?: unknown }).constraint === index;
  if (!isPrismaError(error)) return false;
  const cause = error.meta?.driverAdapterError?.cause as {
    originalCode?: string;
    constraint?: { index?: string };
  };
  return (error.code === 'P2002' || cause?.originalCode === '23505') && cause?.constraint?.index === index;
}

/**
 * True for a foreign-key violation (a referenced row vanished or never belonged to the caller), from Prisma or from
 * `pg` itself (statements sent through `queryRows`).
 */
export function isForeignKeyViolation(error: unknown): boolean {
  if (pgSqlState(error) === '23503') return true;
  if (!isPrismaError(error)) return false;
  return error.code === 'P2003' || sqlStateOf(error) === '23503';
}
