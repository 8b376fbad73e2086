import { describe, it, expect } from 'vitest';
import { ConflictError, NotFoundError, ServiceUnavailableError } from './domain-error';
import { prismaKnownError as prismaError, uniqueViolation } from '../testing/prisma-fakes';
import { isForeignKeyViolation, isUniqueViolation, mapPrismaError } from './prisma-error.mapper';

const uniqueOnCategoryName = uniqueViolation('categories_user_id_normalized_name_key');

describe('mapPrismaError', () => {
  it('maps a unique violation (model or raw query) to 409', () => {
    expect(mapPrismaError(uniqueOnCategoryName)).toBeInstanceOf(ConflictError);
    const raw = prismaError('P2010', { originalCode: '23505', kind: 'UniqueConstraintViolation' });
    expect(mapPrismaError(raw)).toBeInstanceOf(ConflictError);
  });

  it('maps "record to update/delete not found" to a 404 naming the model', () => {
    const mapped = mapPrismaError(prismaError('P2025', undefined, 'Expense'));
    expect(mapped).toBeInstanceOf(NotFoundError);
    expect(mapped?.message).toBe('Expense not found');
  });

  it.each([
    ['unreachable (model query)', prismaError('P1001', { kind: 'DatabaseNotReachable' })],
    ['unreachable (raw query)', prismaError('P2010', { kind: 'DatabaseNotReachable' })],
    ['connection closed', prismaError('P2010', { kind: 'ConnectionClosed' })],
    ['admin shutdown', prismaError('P2010', { kind: 'postgres', code: '57P01' })],
    ['statement timeout', prismaError('P2010', { kind: 'postgres', code: '57014' })],
    ['disk full', prismaError('P2010', { kind: 'postgres', originalCode: '53100' })],
    ['data files gone', prismaError('P2039', { kind: 'postgres', originalCode: '58P01' })],
    ['client not initialised', Object.assign(new Error('init'), { name: 'PrismaClientInitializationError' })],
  ])('maps a database that cannot be used (%s) to 503', (_case, error) => {
    expect(mapPrismaError(error)).toBeInstanceOf(ServiceUnavailableError);
  });

  it("maps the adapter's unwrapped DriverAdapterError (raw SQL in a transaction) like the wrapped one", () => {
    const adapterError = (cause: object) =>
      Object.assign(new Error('terminating connection due to administrator command'), {
        name: 'DriverAdapterError',
        cause,
      });
    expect(mapPrismaError(adapterError({ kind: 'postgres', originalCode: '57P01' }))).toBeInstanceOf(
      ServiceUnavailableError,
    );
    expect(mapPrismaError(adapterError({ kind: 'ConnectionClosed' }))).toBeInstanceOf(
      ServiceUnavailableError,
    );
    expect(mapPrismaError(adapterError({ kind: 'postgres', originalCode: '40001' }))).toBeInstanceOf(
      ConflictError,
    );
    expect(mapPrismaError(adapterError({ kind: 'postgres', originalCode: '42601' }))).toBeUndefined();
  });

  it("maps errors PostgreSQL sent through the pg driver itself (the import's raw connection) by their SQLSTATE", () => {
    // The shape of pg-protocol's DatabaseError: name 'error', the SQLSTATE in `code`, a severity.
    const fromPg = (code: string) =>
      Object.assign(new Error('from PostgreSQL'), { name: 'error', code, severity: 'ERROR' });
    expect(mapPrismaError(fromPg('57014'))).toBeInstanceOf(ServiceUnavailableError);
    expect(mapPrismaError(fromPg('23505'))).toBeInstanceOf(ConflictError);
    expect(mapPrismaError(fromPg('40P01'))).toBeInstanceOf(ConflictError);
    // A password rotated under load: a new pool connection refused until the task reads the new secret (a read
    // through queryRows meets it as pg's own error; Prisma called it AuthenticationFailed).
    expect(mapPrismaError(fromPg('28P01'))).toBeInstanceOf(ServiceUnavailableError);
    expect(mapPrismaError(fromPg('28000'))).toBeInstanceOf(ServiceUnavailableError);
    expect(mapPrismaError(fromPg('3D000'))).toBeInstanceOf(ServiceUnavailableError);
    expect(mapPrismaError(fromPg('42601'))).toBeUndefined();
    expect(mapPrismaError(Object.assign(new Error('x'), { code: '57014' }))).toBeUndefined();
  });

  it("maps the pg driver's own connection failures (not wrapped by Prisma) to 503", () => {
    expect(mapPrismaError(new Error('Connection terminated unexpectedly'))).toBeInstanceOf(
      ServiceUnavailableError,
    );
    expect(
      mapPrismaError(Object.assign(new Error('connect failed'), { code: 'ECONNREFUSED' })),
    ).toBeInstanceOf(ServiceUnavailableError);
    // A connection whose credential (IAM token, rotated password) could not be had.
    expect(
      mapPrismaError(
        Object.assign(new Error('Database credential unavailable'), {
          code: 'DATABASE_CREDENTIAL_UNAVAILABLE',
        }),
      ),
    ).toBeInstanceOf(ServiceUnavailableError);
    // pg's query_timeout: a database that accepts the query and never answers.
    expect(mapPrismaError(new Error('Query read timeout'))).toBeInstanceOf(ServiceUnavailableError);
  });

  it('leaves non-Prisma errors and unknown Prisma errors to the filter (opaque 500)', () => {
    expect(mapPrismaError(new Error('boom'))).toBeUndefined();
    expect(mapPrismaError(prismaError('P2009'))).toBeUndefined();
    expect(mapPrismaError('a string')).toBeUndefined();
  });
});

describe('constraint helpers', () => {
  it('recognises a unique violation on a given index only', () => {
    expect(isUniqueViolation(uniqueOnCategoryName, 'categories_user_id_normalized_name_key')).toBe(true);
    expect(isUniqueViolation(uniqueOnCategoryName, 'expenses_user_idempotency_key')).toBe(false);
  });

  it('recognises foreign-key violations from model and raw queries', () => {
    expect(isForeignKeyViolation(prismaError('P2003', { originalCode: '23503' }))).toBe(true);
    expect(isForeignKeyViolation(prismaError('P2010', { originalCode: '23503' }))).toBe(true);
    expect(isForeignKeyViolation(uniqueOnCategoryName)).toBe(false);
  });

  it("recognises both violations in pg's own DatabaseError (a statement sent outside Prisma)", () => {
    // pg-protocol's DatabaseError: name 'error', the SQLSTATE in `code`, the violated index in `constraint`.
    const pgError = (code: string, constraint?: string) =>
      Object.assign(new Error('from PostgreSQL'), { name: 'error', code, severity: 'ERROR', constraint });
    const duplicateName = pgError('23505', 'categories_user_id_normalized_name_key');
    expect(isUniqueViolation(duplicateName, 'categories_user_id_normalized_name_key')).toBe(true);
    expect(isUniqueViolation(duplicateName, 'expenses_user_idempotency_key')).toBe(false);
    expect(
      isUniqueViolation(
        pgError('23503', 'categories_user_id_normalized_name_key'),
        'categories_user_id_normalized_name_key',
      ),
    ).toBe(false);
    expect(isForeignKeyViolation(pgError('23503', 'expenses_category_id_fkey'))).toBe(true);
    expect(isForeignKeyViolation(duplicateName)).toBe(false);
    // A code without pg's severity is not PostgreSQL's answer (e.g. a Node error).
    expect(isForeignKeyViolation(Object.assign(new Error('x'), { code: '23503' }))).toBe(false);
  });
});
