import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgPool, createPrismaClient, Prisma, type Pool, type PrismaClient, queryRows } from '../src';
import { createEmptyDatabase, query } from './support/databases';

/**
 * One value of every type whose `$queryRaw` form is not pg's default, its NULL, and its array (with a NULL element):
 * `queryRows` must return what Prisma returns, value for value and class for class (the API reads through either).
 */
const COLUMNS: Array<[name: string, expression: string]> = [
  ['int4', '42::int4'],
  ['int8', '9007199254740993::int8'],
  ['float8', '1.5::float8'],
  ['numeric', '12345678901234567890.123456789::numeric'],
  ['date', "'2026-03-14'::date"],
  ['timestamp', "'2026-03-14 10:11:12.345'::timestamp"],
  ['timestamptz', "'2026-03-14 10:11:12.345+00'::timestamptz"],
  ['time', "'10:11:12.5'::time"],
  ['timetz', "'10:11:12+02'::timetz"],
  ['json', `'{"a":[1,"x",null]}'::json`],
  ['jsonb', `'{"b":{"c":true}}'::jsonb`],
  ['bytea', "'\\x00ff10'::bytea"],
  ['text', "'café'::text"],
  ['uuid', "'6f1c2a4e-8d1b-4a51-9d0a-2b3c4d5e6f70'::uuid"],
  ['bool', 'true::bool'],
  ['oid', '7::oid'],
];

const select = [
  ...COLUMNS.map(([name, expression]) => `${expression} AS "${name}"`),
  ...COLUMNS.map(([name, expression]) => `NULL::${expression.split('::')[1]} AS "${name}_null"`),
  ...COLUMNS.filter(([name]) => name !== 'timetz').map(
    ([name, expression]) => `ARRAY[${expression}, NULL] AS "${name}_array"`,
  ),
].join(',\n  ');

// The process's own time zone (Node re-reads TZ when it is assigned), not configuration: no turbo cache input.
/* eslint-disable turbo/no-undeclared-env-vars */
const processTimeZone = process.env.TZ;
const setProcessTimeZone = (zone: string | undefined) => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
};
/* eslint-enable turbo/no-undeclared-env-vars */

describe('queryRows', () => {
  let url: string;
  let pool: Pool;
  let prisma: PrismaClient;

  beforeAll(async () => {
    url = await createEmptyDatabase('query_rows');
    // Neither the process nor the sessions in UTC, where pg's default date and timestamp parsers would agree with
    // Prisma's by accident and a missing parser would go unnoticed.
    setProcessTimeZone('America/New_York');
    await query(url, `ALTER DATABASE "${new URL(url).pathname.slice(1)}" SET timezone TO 'Asia/Kolkata'`);
    pool = createPgPool({ databaseUrl: url, poolMax: 2 });
    prisma = createPrismaClient({ databaseUrl: url, poolMax: 2 }, pool);
  });
  afterAll(async () => {
    setProcessTimeZone(processTimeZone);
    await prisma?.$disconnect();
  });

  it("returns every column type exactly as Prisma's $queryRaw does, NULLs and arrays included", async () => {
    const statement = Prisma.sql([`SELECT ${select}`]);
    const [viaPrisma] = await prisma.$queryRaw<Array<Record<string, unknown>>>(statement);
    const [direct] = await queryRows<Array<Record<string, unknown>>>(pool, statement);

    expect(Object.keys(direct!)).toEqual(Object.keys(viaPrisma!));
    for (const key of Object.keys(viaPrisma!)) {
      expect(describeValue(direct![key]), key).toEqual(describeValue(viaPrisma![key]));
    }
    // The conversions themselves, so a change on Prisma's side shows here too.
    expect(direct).toMatchObject({
      int8: 9007199254740993n,
      date: new Date('2026-03-14T00:00:00Z'),
      timestamp: new Date('2026-03-14T10:11:12.345Z'),
      time: new Date('1970-01-01T10:11:12.500Z'),
      json: { a: [1, 'x', null] },
      int8_array: [9007199254740993n, null],
    });
    expect(direct!.numeric).toBeInstanceOf(Prisma.Decimal);
    expect(Object.getPrototypeOf(direct!.bytea)).toBe(Uint8Array.prototype);
  });

  it('passes parameters as Prisma does', async () => {
    const statement = Prisma.sql`SELECT ${'a'}::text AS t, ${7}::int4 AS n, ${new Date('2026-03-14T10:00:00Z')}::timestamptz AS at, ${['x', 'y']}::text[] AS list`;
    expect(describeValue(await queryRows(pool, statement))).toEqual(
      describeValue(await prisma.$queryRaw(statement)),
    );
  });

  it('sends a statement it is told to prepare as one named statement per text, reused with new values', async () => {
    const single = createPgPool({ databaseUrl: url, poolMax: 1 });
    try {
      const sql = (n: number) =>
        Prisma.sql`SELECT ${n}::int4 + 1 AS next, ${new Date('2026-03-14T10:00:00Z')}::timestamp AS at`;
      const other = Prisma.sql`SELECT ${'x'}::text AS t`;
      const prepared = () =>
        queryRows<Array<{ name: string; statement: string }>>(
          single,
          Prisma.sql`SELECT name, statement FROM pg_prepared_statements ORDER BY statement`,
        );

      expect(await queryRows(single, sql(1), { prepared: true })).toEqual(await queryRows(single, sql(1)));
      expect(await queryRows(single, sql(41), { prepared: true })).toEqual([
        { next: 42, at: new Date('2026-03-14T10:00:00Z') },
      ]);
      await queryRows(single, other, { prepared: true });
      await queryRows(single, Prisma.sql`SELECT ${'unnamed'}::text AS t`);

      // Two texts, two statements, whatever the values; the unprepared one left nothing behind.
      const statements = await prepared();
      expect(statements.map(({ statement }) => statement)).toEqual([other.text, sql(0).text].sort());
      expect(new Set(statements.map(({ name }) => name)).size).toBe(2);
      for (const { name } of statements) expect(name).toMatch(/^sw_[0-9a-f]{40}$/);
    } finally {
      await single.end();
    }
  });

  it("reports PostgreSQL's errors with their SQLSTATE", async () => {
    await expect(queryRows(pool, Prisma.sql`SELECT 1 / 0`)).rejects.toMatchObject({
      // The shape the API's error mapper reads (apps/api/src/errors/prisma-error.mapper.ts, pgSqlState).
      name: 'error',
      severity: 'ERROR',
      code: '22012',
    });
  });
});

/** A value with every class spelled out, so `toEqual` tells a Buffer from a Uint8Array and a number from a BigInt. */
function describeValue(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map(describeValue);
  const type = typeof value;
  if (type === 'bigint') return { bigint: String(value) };
  if (type !== 'object') return { [type]: value };
  const prototype = Object.getPrototypeOf(value) as object | null;
  const kind = prototype?.constructor?.name ?? 'null-prototype';
  if (value instanceof Date) return { [kind]: value.toISOString() };
  if (value instanceof Uint8Array) return { [kind]: Array.from(value) };
  if (Prisma.Decimal.isDecimal(value))
    return { [kind]: value.toString(), same: prototype === Prisma.Decimal.prototype };
  return {
    [kind]: Object.fromEntries(
      Object.entries(value as object).map(([key, item]) => [key, describeValue(item)]),
    ),
  };
}
