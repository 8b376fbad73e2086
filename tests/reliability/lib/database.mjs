/** Direct reads of what the API stored: the proof behind "changed nothing" and "nothing lost". */
import pg from 'pg';

export function openDatabase(databaseUrl) {
  return new pg.Pool({ connectionString: databaseUrl, max: 2 });
}

/**
 * A fingerprint of every row of every table: any insert, update or delete anywhere changes it. Used around
 * requests that must change nothing (an intruder's, a rejected one).
 */
export async function databaseFingerprint(db) {
  const parts = [];
  // Every application table, read from the catalog so a new one (e.g. derived totals) is never left out.
  const { rows: tables } = await db.query(
    `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
  );
  if (tables.length < 5) throw new Error(`expected the application's tables, found ${tables.length}`);
  for (const { name: table } of tables) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS h FROM ${table} t`,
    );
    parts.push(`${table}:${rows[0].n}:${rows[0].h}`);
  }
  return parts.join(' ');
}

/** The database id of the user a token belongs to (the API provisions it on first use). */
export async function userIdOfEmail(db, email) {
  const { rows } = await db.query('SELECT id FROM users WHERE email = $1', [email]);
  if (rows.length !== 1) throw new Error(`expected one user row for ${email}, found ${rows.length}`);
  return rows[0].id;
}

// Tables that hold nobody's rows: reference data everyone shares.
const SHARED_TABLES = new Set(['exchange_rates', 'exchange_rates_version']);

// Tables without a user_id whose rows belong to a person through a parent row: table → [column, parent table].
const OWNED_THROUGH = new Map([['budget_amounts', ['budget_id', 'budgets']]]);

/** The SQL condition "this row is (`=`) or is not (`<>`) the person's ($1)" for one owned table. */
function ownerCondition({ owner, parent }, comparison) {
  if (!parent) return `t."${owner}" ${comparison} $1::uuid`;
  return `t."${owner}" IN (SELECT p.id FROM "${parent}" p WHERE p.user_id ${comparison} $1::uuid)`;
}

/**
 * The tables holding a person's rows and how each names its owner (`users.id`, else `user_id`), read from the
 * catalog. A table with neither that is not listed as shared is an error: it must be classified before "nothing
 * left behind" can be claimed.
 */
async function ownedTables(db) {
  const { rows } = await db.query(
    `SELECT t.tablename AS name,
            EXISTS (SELECT 1 FROM information_schema.columns c
                    WHERE c.table_schema = 'public' AND c.table_name = t.tablename AND c.column_name = 'user_id') AS owned
     FROM pg_tables t WHERE t.schemaname = 'public' AND t.tablename <> '_prisma_migrations' ORDER BY 1`,
  );
  return rows
    .filter(({ name }) => !SHARED_TABLES.has(name))
    .map(({ name, owned }) => {
      if (name === 'users') return { name, owner: 'id' };
      if (owned) return { name, owner: 'user_id' };
      const through = OWNED_THROUGH.get(name);
      if (through) return { name, owner: through[0], parent: through[1] };
      throw new Error(`table ${name} has no user_id: say whose rows it holds`);
    });
}

/** How many rows of one person each table holds. */
export async function rowsOfUser(db, userId) {
  const counts = {};
  for (const table of await ownedTables(db)) {
    const { name } = table;
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM "${name}" t WHERE ${ownerCondition(table, '=')}`,
      [userId],
    );
    counts[name] = rows[0].n;
  }
  return counts;
}

/** databaseFingerprint of everybody's rows but one person's. */
export async function fingerprintExcept(db, userId) {
  const parts = [];
  for (const table of await ownedTables(db)) {
    const { name } = table;
    const { rows } = await db.query(
      `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS h
       FROM "${name}" t WHERE ${ownerCondition(table, '<>')}`,
      [userId],
    );
    parts.push(`${name}:${rows[0].n}:${rows[0].h}`);
  }
  return parts.join(' ');
}
