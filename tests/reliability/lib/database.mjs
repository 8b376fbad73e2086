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
