/**
 * Load with nothing lost: N people create, edit and delete expenses concurrently for a bounded time. Every create
 * carries an Idempotency-Key and is retried with the same key when no answer arrives (some are cut off on purpose
 * after a few milliseconds, like a client timeout). Afterwards the database holds exactly the acknowledged state:
 * every acknowledged create once, with its last acknowledged amount, no deleted or rejected one; no 5xx.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { newUser } from '../lib/cognito.mjs';
import { openDatabase } from '../lib/database.mjs';
import { call } from '../lib/http.mjs';
import { createLatencyLog } from '../lib/latency.mjs';
import { readStack, recordFigures } from '../lib/run-files.mjs';

const USERS = Number(process.env.LOAD_USERS ?? 12);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const stack = readStack();
const db = openDatabase(stack.databaseUrl);
const latency = createLatencyLog();
const counts = { requestsSent: 0, serverErrors: 0, retries: 0, rejected: 0, writesAcknowledged: 0 };
let people;

before(async () => {
  people = await Promise.all(
    Array.from({ length: USERS }, (_, i) => newUser(stack.cognitoEndpoint, `load${i}`)),
  );
});

after(() => db.end());

async function send(person, operation, method, path, options = {}) {
  counts.requestsSent += 1;
  const response = await call(stack.apiUrl, method, path, { token: person.accessToken, ...options });
  latency.add(operation, response.ms);
  if (response.status >= 500) counts.serverErrors += 1;
  return response;
}

/** Creates with a key; on no answer, retries with the same key until acknowledged (bounded). */
async function createIdempotently(person, model) {
  const key = randomUUID();
  const body = {
    amountMinor: 1 + Math.floor(Math.random() * 100_000),
    occurredOn: '2026-04-01',
    description: `load ${key}`,
  };
  // One create in five is cut off almost at once: the client never learns whether it was stored.
  let timeoutMs = Math.random() < 0.2 ? 2 : 10_000;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      const response = await send(person, 'create', 'POST', '/expenses', {
        body,
        headers: { 'idempotency-key': key },
        timeoutMs,
      });
      assert.ok([200, 201].includes(response.status), `create: ${response.status} ${response.text}`);
      counts.writesAcknowledged += 1;
      model.set(response.body.id, { description: body.description, amountMinor: body.amountMinor });
      return;
    } catch (error) {
      if (error.name !== 'TimeoutError') throw error;
      counts.retries += 1;
      timeoutMs = 10_000;
    }
  }
  throw new Error('create never acknowledged after 5 attempts');
}

async function userLoop(person, deadline) {
  const model = new Map();
  const rejectedMarkers = [];
  while (Date.now() < deadline) {
    const ids = [...model.keys()];
    const roll = Math.random();
    if (roll < 0.45 || ids.length === 0) {
      await createIdempotently(person, model);
    } else if (roll < 0.75) {
      const id = ids[Math.floor(Math.random() * ids.length)];
      const amountMinor = 1 + Math.floor(Math.random() * 100_000);
      const response = await send(person, 'edit', 'PATCH', `/expenses/${id}`, { body: { amountMinor } });
      assert.equal(response.status, 200, `edit: ${response.text}`);
      counts.writesAcknowledged += 1;
      model.get(id).amountMinor = amountMinor;
    } else if (roll < 0.9) {
      const id = ids[Math.floor(Math.random() * ids.length)];
      const response = await send(person, 'delete', 'DELETE', `/expenses/${id}`);
      assert.equal(response.status, 204, `delete: ${response.text}`);
      counts.writesAcknowledged += 1;
      model.delete(id);
    } else if (roll < 0.95) {
      // A write the API must refuse: it must not be stored.
      const marker = `rejected ${randomUUID()}`;
      const response = await send(person, 'rejected', 'POST', '/expenses', {
        body: { amountMinor: 0, occurredOn: '2026-04-01', description: marker },
      });
      assert.equal(response.status, 400);
      counts.rejected += 1;
      rejectedMarkers.push(marker);
    } else {
      const response = await send(person, 'list', 'GET', '/expenses?limit=50');
      assert.equal(response.status, 200);
    }
  }
  return { person, model, rejectedMarkers };
}

it(`${USERS} people writing for ${SECONDS} s: every acknowledged write is stored exactly once, nothing else`, async () => {
  const started = Date.now();
  const results = await Promise.all(people.map((person) => userLoop(person, started + SECONDS * 1000)));
  const elapsed = (Date.now() - started) / 1000;
  let writesFound = 0;
  const mismatches = [];
  for (const { person, model, rejectedMarkers } of results) {
    const { rows } = await db.query(
      `SELECT e.id, e.description, e.amount_minor::bigint AS amount FROM expenses e JOIN users u ON u.id = e.user_id WHERE u.email = $1`,
      [person.email],
    );
    const stored = new Map(rows.map((row) => [row.id, row]));
    for (const [id, expected] of model) {
      const row = stored.get(id);
      if (!row) mismatches.push(`${person.email}: acknowledged ${id} missing`);
      else if (row.description !== expected.description || Number(row.amount) !== expected.amountMinor)
        mismatches.push(`${person.email}: ${id} holds ${row.amount}, acknowledged ${expected.amountMinor}`);
      else writesFound += 1;
    }
    for (const id of stored.keys())
      if (!model.has(id))
        mismatches.push(`${person.email}: ${id} stored but not acknowledged (duplicate or deleted)`);
    const descriptions = rows.map((row) => row.description);
    if (new Set(descriptions).size !== descriptions.length)
      mismatches.push(`${person.email}: duplicate expenses`);
    for (const marker of rejectedMarkers)
      if (descriptions.includes(marker)) mismatches.push(`${person.email}: rejected write stored`);
  }
  const expectedRows = results.reduce((sum, r) => sum + r.model.size, 0);
  recordFigures('load', {
    users: USERS,
    seconds: Math.round(elapsed),
    requestsSent: counts.requestsSent,
    requestsPerSecond: Math.round(counts.requestsSent / elapsed),
    writesAcknowledged: counts.writesAcknowledged,
    rowsExpected: expectedRows,
    writesFound,
    timeoutRetries: counts.retries,
    rejectedWrites: counts.rejected,
    serverErrors: counts.serverErrors,
    violations: mismatches.length + counts.serverErrors,
    latencyMs: latency.summary(),
  });
  assert.equal(counts.serverErrors, 0, 'no 5xx under load');
  assert.deepEqual(mismatches.slice(0, 10), []);
  assert.equal(writesFound, expectedRows);
  assert.ok(counts.retries > 0, 'some creates were cut off and retried (the idempotency path was exercised)');
});
