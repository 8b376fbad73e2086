/** Direct reads of what the API stored: the proof behind "changed nothing" and "nothing lost". */
import pg from 'pg';

const TABLES = ['users', 'categories', 'expenses', 'budgets'];

export function openDatabase(databaseUrl) {
  return new pg.Pool({ connectionString: databaseUrl, max: 2 });
}

/**
 * A fingerprint of every row of every table: any insert, update or delete anywhere changes it. Used around
 * requests that must change nothing (an intruder's, a rejected one).
 */
export async function databaseFingerprint(db) {
  const parts = [];
  for (const table of TABLES) {
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
