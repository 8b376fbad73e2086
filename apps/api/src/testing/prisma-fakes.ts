/**
 * Test helpers (excluded from the build). Errors shaped exactly like Prisma 7's through @prisma/adapter-pg, as
 * captured from a real database, so unit tests exercise the same branches production errors take.
 */
export function prismaKnownError(code: string, cause?: Record<string, unknown>, modelName?: string): Error {
  return Object.assign(new Error(`Invalid prisma invocation (${code})`), {
    name: 'PrismaClientKnownRequestError',
    code,
    meta: { modelName, ...(cause && { driverAdapterError: { name: 'DriverAdapterError', cause } }) },
  });
}

export function uniqueViolation(index: string): Error {
  return prismaKnownError('P2002', {
    originalCode: '23505',
    kind: 'UniqueConstraintViolation',
    constraint: { index },
  });
}

export function foreignKeyViolation(): Error {
  return prismaKnownError('P2003', { originalCode: '23503', kind: 'ForeignKeyConstraintViolation' });
}
