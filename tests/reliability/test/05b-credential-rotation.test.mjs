/**
 * The database credential changes under a running API while it takes writes: the API logs in as the
 * least-privilege role the migrations create (spendwise_app, not the owner) and asks for its password at every new
 * connection (DB_PASSWORD_FILE here; on ECS an RDS IAM token per connection, DB_IAM_AUTH). The role's password is
 * rotated on the running PostgreSQL the way a rotation does it (database first, then the secret), every open
 * connection is cut, and load goes on: no 500 at all, 503 (retryable) only while the database and the secret
 * disagree, and every acknowledged write is stored exactly once.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startApi } from '../lib/api-process.mjs';
import { newUser } from '../lib/cognito.mjs';
import { openDatabase } from '../lib/database.mjs';
import { call } from '../lib/http.mjs';
import { readStack, recordFigures, runDir } from '../lib/run-files.mjs';

const ROLE = 'spendwise_app';
const WRITERS = 4;
const stack = readStack();
const passwordFile = path.join(runDir(), 'spendwise-app-password');
let db;
let api;
let person;

const newPassword = () => randomBytes(18).toString('base64url');

before(async () => {
  db = openDatabase(stack.databaseUrl);
  const first = newPassword();
  await db.query(`ALTER ROLE ${ROLE} PASSWORD '${first}'`);
  await writeFile(passwordFile, `${first}\n`);
  const url = new URL(stack.databaseUrl);
  api = await startApi({
    name: 'credential-rotation',
    databaseUrl: '',
    cognitoEndpoint: stack.cognitoEndpoint,
    env: {
      DB_HOST: url.hostname,
      DB_PORT: url.port,
      DB_NAME: url.pathname.slice(1),
      DB_USER: ROLE,
      DB_PASSWORD_FILE: passwordFile,
      DB_SSLMODE: 'disable',
    },
  });
  person = await newUser(stack.cognitoEndpoint, 'rotation');
});

after(async () => {
  await api?.stop();
  await db?.end();
});

it('the API runs as the least-privilege role: rows yes, schema no', async () => {
  const { rows } = await db.query(
    `SELECT usename FROM pg_stat_activity WHERE application_name = 'spendwise' AND usename = $1 LIMIT 1`,
    [ROLE],
  );
  assert.equal(rows.length, 1, 'the API holds a connection as spendwise_app');
  const { rows: rights } = await db.query(
    `SELECT has_table_privilege($1, 'expenses', 'INSERT') AS writes,
            has_schema_privilege($1, 'public', 'CREATE') AS creates,
            has_table_privilege($1, '_prisma_migrations', 'SELECT') AS reads_history,
            (SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = $1) AS elevated`,
    [ROLE],
  );
  assert.deepEqual(rights[0], { writes: true, creates: false, reads_history: false, elevated: false });
});

it('a password rotated under load: no 500, 503 only while the secret lags, every write stored once', async () => {
  const acknowledged = new Map();
  const statuses = [];
  const unexpected = [];
  const rotation = { from: Infinity, to: Infinity };
  let running = true;

  const writer = async () => {
    while (running) {
      const key = randomUUID();
      const body = {
        amountMinor: 1 + Math.floor(Math.random() * 10_000),
        occurredOn: '2026-05-01',
        description: key,
      };
      // Retried with the same key until acknowledged, as a client does after a 503.
      for (;;) {
        const response = await call(api.url, 'POST', '/expenses', {
          token: person.accessToken,
          body,
          headers: { 'idempotency-key': key },
          timeoutMs: 15_000,
        });
        statuses.push({ status: response.status, at: Date.now() });
        if (response.status === 201 || response.status === 200) {
          acknowledged.set(key, response.body.id);
          break;
        }
        if (response.status !== 503) {
          unexpected.push(`${response.status} ${response.text}`);
          break;
        }
        await sleep(50);
      }
    }
  };
  const writers = Array.from({ length: WRITERS }, writer);

  await sleep(1_500);
  const next = newPassword();
  rotation.from = Date.now();
  // The database learns the new password first; open connections stay logged in, so cut them all.
  await db.query(`ALTER ROLE ${ROLE} PASSWORD '${next}'`);
  await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1`, [ROLE]);
  await sleep(500);
  await writeFile(passwordFile, `${next}\n`);
  rotation.to = Date.now();
  await sleep(2_500);
  running = false;
  await Promise.all(writers);

  const settled = rotation.to + 1_000;
  const failures = statuses.filter(({ status }) => status !== 200 && status !== 201);
  const lateFailures = failures.filter(({ at }) => at > settled || at < rotation.from);
  recordFigures('credential-rotation', {
    requests: statuses.length,
    writesAcknowledged: acknowledged.size,
    retryable503: failures.length,
    windowMs: rotation.to - rotation.from,
  });
  assert.deepEqual(unexpected, [], 'only 503 (retry) may interrupt a write');
  assert.ok(acknowledged.size > 20, `writes went on (${acknowledged.size})`);
  assert.deepEqual(lateFailures, [], 'no failure before the rotation or once the new secret is in place');
  assert.ok(
    statuses.some(({ at, status }) => at > rotation.to && status === 201),
    'new connections log in with the rotated password',
  );

  const { rows } = await db.query(
    `SELECT e.description, count(*)::int AS copies FROM expenses e JOIN users u ON u.id = e.user_id
      WHERE u.email = $1 GROUP BY e.description`,
    [person.email],
  );
  const stored = new Map(rows.map((row) => [row.description, row.copies]));
  for (const key of acknowledged.keys()) assert.equal(stored.get(key), 1, `write ${key} stored exactly once`);
  assert.equal(rows.length, acknowledged.size, 'nothing stored that was not acknowledged');
});
