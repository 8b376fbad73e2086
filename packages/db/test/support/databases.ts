import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** A database name no other test uses (the server is shared by every suite). */
export function uniqueDatabaseName(label: string): string {
  return `${label}_${randomBytes(4).toString('hex')}`;
}

export function databaseUrl(name: string): string {
  const url = new URL(inject('postgresAdminUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates a new, empty database and returns its URL. */
export async function createEmptyDatabase(label: string): Promise<string> {
  const name = uniqueDatabaseName(label);
  await query(inject('postgresAdminUrl'), `CREATE DATABASE "${name}"`);
  return databaseUrl(name);
}

/** Runs one statement on its own connection and returns the rows. */
export async function query<Row extends object = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
