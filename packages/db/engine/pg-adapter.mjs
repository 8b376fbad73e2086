/**
 * The database side of the shim: `@prisma/adapter-pg`, corrected in the three places where it is not (yet) fit
 * to carry the schema engine, wrapped the way the wasm engine expects (errors captured, results as values).
 */
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  DriverAdapterError,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';

// The catalog queries the engine runs return PostgreSQL's internal single-byte `"char"` type (pg_class.relkind,
// pg_constraint.contype, ...). adapter-pg has no mapping for it and fails the query; the engine reads those columns
// as characters, so they travel as text over the wire and are declared as Character to the engine.
const CHAR_TYPE_OID = 18;
const TEXT_TYPE_OID = 25;

/**
 * @param {string} databaseUrl the database migrations apply to
 * @returns the migration-aware adapter factory `SchemaEngine.new` takes
 */
export function createEngineAdapterFactory(databaseUrl) {
  // Some commands need no database (`migrate diff --from-empty --to-schema …`); fail only if one is used.
  if (!databaseUrl) return bindMigrationAwareSqlAdapterFactory(noDatabaseFactory());
  const factory = new PrismaPg({ connectionString: databaseUrl });
  return bindMigrationAwareSqlAdapterFactory({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => fixQueryable(await factory.connect()),
    connectToShadowDb: () => connectToShadowDatabase(databaseUrl),
  });
}

/**
 * The wasm engine reports an error thrown on the JavaScript side (rather than by the database) as "External error
 * id#N", N indexing the factory's error registry. Returns that original error when `error` refers to one.
 */
export function originalAdapterError(factory, error) {
  const id = /External error id#(\d+)/.exec(error?.message ?? '')?.[1];
  return id === undefined ? undefined : factory.errorRegistry.consumeError(Number(id))?.error;
}

function noDatabaseFactory() {
  const fail = async () => {
    throw new Error('This command needs a database: set DATABASE_URL (prisma.config.ts reads it).');
  };
  return { provider: 'postgres', adapterName: '@prisma/adapter-pg', connect: fail, connectToShadowDb: fail };
}

/**
 * adapter-pg's own shadow factory drops the shadow database while its pool is still connected to it (the drop
 * fails and the database leaks). Ours closes the pool first, then drops it, and cleans up after a failed start.
 */
async function connectToShadowDatabase(databaseUrl) {
  const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll('-', '_')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  const dropAndDisconnect = async () => {
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  };
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const shadowUrl = new URL(databaseUrl);
    shadowUrl.pathname = `/${name}`;
    const shadow = fixQueryable(await new PrismaPg({ connectionString: shadowUrl.toString() }).connect());
    const disposePool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposePool();
      await dropAndDisconnect();
    };
    return shadow;
  } catch (error) {
    await dropAndDisconnect();
    throw error;
  }
}

/** Applies the corrections to an adapter and to every transaction it opens. */
function fixQueryable(queryable) {
  // Which result columns were "char", keyed by the result's row array (which queryRaw passes through unchanged).
  const charColumnsOf = new WeakMap();
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const charColumns = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID !== CHAR_TYPE_OID) return;
      field.dataTypeID = TEXT_TYPE_OID;
      charColumns.push(index);
    });
    if (charColumns.length > 0) charColumnsOf.set(result.rows, charColumns);
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsOf.get(result.rows) ?? [])
      result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  if (queryable.executeScript) queryable.executeScript = (script) => executeWholeScript(queryable, script);
  if (queryable.startTransaction) {
    const startTransaction = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (...args) => fixQueryable(await startTransaction(...args));
  }
  return queryable;
}

/**
 * adapter-pg runs a script by splitting it on every `;`, which breaks on semicolons inside strings, comments and
 * function bodies. The native engine sends a migration as one simple-protocol query (one implicit transaction);
 * so do we. Given a known SQLSTATE the engine would replace PostgreSQL's message with a summary ("No such table:
 * foo"), so the code travels inside the message and the developer reads the database's own words.
 */
async function executeWholeScript(queryable, script) {
  try {
    await queryable.client.query(script);
  } catch (error) {
    if (typeof error.severity !== 'string') queryable.onError(error);
    throw new DriverAdapterError({
      kind: 'postgres',
      code: 'N/A',
      severity: error.severity,
      message: `${error.message} (SQLSTATE ${error.code})`,
      detail: error.detail,
      column: error.column,
      hint: error.hint,
    });
  }
}
