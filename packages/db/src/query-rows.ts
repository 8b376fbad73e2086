import { hash } from 'node:crypto';
import { type Pool, type QueryConfig, types as pgTypes } from 'pg';
import { Prisma } from './generated/prisma/client';

/** A statement and its parameters, as `Prisma.sql` builds them (`Prisma.Sql` has both). */
export interface RowsStatement {
  readonly text: string;
  readonly values: readonly unknown[];
}

/** How queryRows sends a statement. */
export interface QueryRowsOptions {
  /**
   * Send it as a named prepared statement (named after its text's SHA-1): PostgreSQL parses and analyses it once per
   * connection, and after five runs may keep one generic plan instead of planning every call. For a statement whose
   * planning costs more than its execution (the dashboard's: BENCHMARKS.md, "The dashboard as a prepared statement").
   * Only for statements whose text is one of a fixed few: `pg` keeps a connection's named statements for the
   * connection's whole life, so a text with a varying number of placeholders (a multi-row VALUES) would grow every
   * connection without bound. Its result columns must not come from a table's `*`: a migration adding a column would
   * fail the older tasks' cached statements ("cached plan must not change result type") during a rolling deploy.
   * And it must stay cheap on the one generic plan PostgreSQL may keep for every caller, chosen without the values:
   * bound each range in the statement itself, not only through a join with a parameter-sized series (the dashboard's
   * daily totals once read all of a person's expenses that way; apps/api test/scale.e2e-spec.ts checks its plan).
   */
  readonly prepared?: boolean;
}

/**
 * Runs a read on the pool and returns its rows typed exactly as Prisma 7.10's `$queryRaw` returns them, without
 * Prisma's raw-query layer: that layer sends the same statement through the same pool (`@prisma/adapter-pg`, rows as
 * arrays with its own text parsers), then converts every value again in its runtime (`deserializeRawResult`). On a
 * list request that second pass cost about a quarter of the API's CPU (BENCHMARKS.md, "Raw reads without Prisma's
 * deserialisation"). Parity with `$queryRaw`, type by type, is `test/query-rows.test.ts`.
 *
 * Parameters go as Prisma's adapter sends them: a Date as its UTC wall time without an offset (pg's own would carry
 * the process's offset, and the two disagree when the session is not in UTC), everything else as `pg` serialises it.
 * A `Prisma.sql` builder gives `text` and `values`.
 * Errors are `pg`'s own (`DatabaseError` with the SQLSTATE as `code`), not Prisma's: the API maps both.
 */
export async function queryRows<T>(
  pool: Pool,
  statement: RowsStatement,
  options: QueryRowsOptions = {},
): Promise<T> {
  const config: QueryConfig = {
    ...(options.prepared && { name: preparedName(statement.text) }),
    text: statement.text,
    values: statement.values.map(asPrismaSendsIt),
    types: PRISMA_TYPES,
  };
  const result = await pool.query(config);
  return result.rows as T;
}

/**
 * One name per text, the same in every process (tasks of one deploy share PostgreSQL, not names: a name is per
 * connection). SHA-1 for spread, not secrecy; 43 characters, under PostgreSQL's 63-byte identifiers.
 */
const preparedName = (text: string) => `sw_${hash('sha1', text)}`;

/** A parameter as `@prisma/adapter-pg` (mapArg, formatDateTime) hands it to pg. */
function asPrismaSendsIt(value: unknown): unknown {
  if (value instanceof Date)
    return value
      .toISOString()
      .replace('T', ' ')
      .replace(/(\.000)?Z$/, '');
  if (Array.isArray(value)) return value.map(asPrismaSendsIt);
  return value;
}

// PostgreSQL type OIDs (pg_type), the ones Prisma's `$queryRaw` returns as something other than pg's default.
const OID = {
  INT8: 20,
  OID: 26,
  BYTEA: 17,
  BYTEA_ARRAY: 1001,
  INT8_ARRAY: 1016,
  OID_ARRAY: 1028,
  DATE: 1082,
  DATE_ARRAY: 1182,
  TIME: 1083,
  TIME_ARRAY: 1183,
  TIMESTAMP: 1114,
  TIMESTAMP_ARRAY: 1115,
  TIMESTAMPTZ: 1184,
  TIMESTAMPTZ_ARRAY: 1185,
  TEXT_ARRAY: 1009,
  TIMETZ: 1266,
  NUMERIC: 1700,
  NUMERIC_ARRAY: 1231,
} as const;

type TextParser = (value: string) => unknown;

const defaultParser = (oid: number): TextParser => pgTypes.getTypeParser(oid, 'text') as TextParser;
// pg's text[] parser: splits `{a,"b c",NULL}` into strings and nulls, elements untouched.
const parseArray = defaultParser(OID.TEXT_ARRAY) as (value: string) => Array<string | null>;
/** pg's parser for a text array (`{a,b}`) with each non-null element converted by `element`. */
function arrayOf(element: TextParser): TextParser {
  return (value) => parseArray(value).map((item) => (item === null ? null : element(item)));
}

const toBigInt: TextParser = (value) => BigInt(value);
const toDecimal: TextParser = (value) => new Prisma.Decimal(value);
// A date column is read as UTC midnight of that day (Prisma: `new Date('2026-03-14')`).
const toDate: TextParser = (value) => new Date(value);
// Prisma reads a timestamp without time zone as UTC, and a timestamptz by replacing the session's offset with
// +00:00 (the API's sessions run in UTC, where the two agree); reproduced as is so both paths return the same Date.
const toTimestamp: TextParser = (value) => new Date(`${value.replace(' ', 'T')}+00:00`);
// The offset starts at the text's last sign (`2026-03-14 15:41:12.345+05:30`: the date's dashes come before it); cut
// by position rather than two String.replace calls, the first of them a regular expression, on every timestamp of
// every row (4–5 % of a list request's allocation: BENCHMARKS.md, "Series of interleaved runs").
const toTimestamptz: TextParser = (value) => {
  const offsetAt = Math.max(value.lastIndexOf('+'), value.lastIndexOf('-'));
  return new Date(`${value.slice(0, 10)}T${value.slice(11, offsetAt)}Z`);
};
// A time of day becomes that time on 1970-01-01 UTC; a timetz loses its offset first.
const toTime: TextParser = (value) => new Date(`1970-01-01T${value}Z`);
const toTimetz: TextParser = (value) => toTime(value.replace(/[+-]\d{2}(:\d{2})?$/, ''));
// pg gives a Buffer; Prisma a plain Uint8Array over the same bytes.
const parseBytes = defaultParser(OID.BYTEA) as (value: string) => Buffer;
const toBytes: TextParser = (value) => {
  const buffer = parseBytes(value);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
};

// json, jsonb and their arrays are not here: pg's defaults already JSON.parse each value, as Prisma does.
const PARSERS: Readonly<Record<number, TextParser>> = {
  [OID.INT8]: toBigInt,
  [OID.OID]: toBigInt,
  [OID.INT8_ARRAY]: arrayOf(toBigInt),
  [OID.OID_ARRAY]: arrayOf(toBigInt),
  [OID.NUMERIC]: toDecimal,
  [OID.NUMERIC_ARRAY]: arrayOf(toDecimal),
  [OID.DATE]: toDate,
  [OID.DATE_ARRAY]: arrayOf(toDate),
  [OID.TIMESTAMP]: toTimestamp,
  [OID.TIMESTAMP_ARRAY]: arrayOf(toTimestamp),
  [OID.TIMESTAMPTZ]: toTimestamptz,
  [OID.TIMESTAMPTZ_ARRAY]: arrayOf(toTimestamptz),
  [OID.TIME]: toTime,
  [OID.TIME_ARRAY]: arrayOf(toTime),
  [OID.TIMETZ]: toTimetz,
  [OID.BYTEA]: toBytes,
  [OID.BYTEA_ARRAY]: arrayOf(toBytes),
};

/** Per-query type parsers (pg's `types` option): the pool's global parsers, used by the bank import, stay pg's. */
const PRISMA_TYPES = {
  getTypeParser: (oid: number, format?: string): TextParser =>
    (format === undefined || format === 'text') && PARSERS[oid]
      ? PARSERS[oid]
      : pgTypes.getTypeParser(oid, format as 'text'),
} as QueryConfig['types'];
