/**
 * Account deletion (DELETE /me) leaves nothing behind and touches nobody else:
 *
 * - Cognito failing or throttling DeleteUser → 503 and not one row changed anywhere (fingerprint of every table);
 * - a deletion → 0 rows of the person left in any table (every table read from the catalog), every other person's
 *   rows byte-identical, the Cognito user gone (no sign-in, no refresh);
 * - afterwards the person's token, hammered at two API tasks (one that deleted, one that still trusts the token
 *   for SESSION_CHECK_SECONDS=60, production's bound), gets 0 writes accepted, no data, and never re-creates an
 *   account.
 *
 * The suite runs its own emulator (to break DeleteUser) and two API processes against the shared database.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startCognitoEmulator } from '@spendwise/cognito-emulator';
import { cognitoCall, freePort, waitFor } from '@spendwise/local-stack';
import { LOCAL_COGNITO, startApi } from '../lib/api-process.mjs';
import { CONFIRMATION_CODE, newUser, signIn } from '../lib/cognito.mjs';
import { databaseFingerprint, fingerprintExcept, openDatabase, rowsOfUser } from '../lib/database.mjs';
import { claimsOf } from '../lib/forged-tokens.mjs';
import { call } from '../lib/http.mjs';
import { readStack, recordFigures, runDir } from '../lib/run-files.mjs';

const stack = readStack();
const PEOPLE = 4;
const HAMMER_MS = 3_000;
let dataDir;
let cognito;
let db;
let deleting; // the task the person deletes their account on
let other; // another task, which confirmed the person's token moments before
let people;
const figures = {
  people: PEOPLE,
  deletionsRefusedWhileCognitoFailed: 0,
  rowsChangedByRefusedDeletions: 0,
  rowsBeforeDeletion: 0,
  rowsLeftAfterDeletion: 0,
  otherPeoplesTablesChanged: 0,
  requestsAfterDeletion: 0,
  writesAcceptedAfterDeletion: 0,
  accountsRecreated: 0,
};

/**
 * Rows in every table: a custom category, two budgets, an exchange rate of their own, expenses with keys (totals),
 * one deleted in bulk (a tombstone, an undoable action), a recurring series and its occurrences, a dismissed suggestion,
 * an import, a saved import preset and a budget alert sent.
 */
async function withData(api, person) {
  const request = (method, url, body, headers) =>
    call(api.url, method, url, { token: person.accessToken, body, headers });
  const me = await request('GET', '/me');
  assert.equal(me.status, 200, me.text);
  const category = await request('POST', '/categories', { name: 'Private', color: '#654321' });
  assert.equal(category.status, 201, category.text);
  assert.equal((await request('PUT', '/budgets', { categoryId: null, amountMinor: 80_000 })).status, 201);
  assert.equal(
    (await request('PUT', '/budgets', { categoryId: category.body.id, amountMinor: 7_500 })).status,
    201,
  );
  assert.equal((await request('PUT', '/me/exchange-rates/ARS/2026-01-15', { rate: '1100.25' })).status, 201);
  const expense = (occurredOn, extra = {}) => ({
    amountMinor: 4_321,
    occurredOn,
    description: 'rent',
    ...extra,
  });
  for (const occurredOn of ['2026-01-15', '2026-02-15']) {
    const created = await request(
      'POST',
      '/expenses',
      expense(occurredOn, { categoryId: category.body.id }),
      {
        'idempotency-key': randomUUID(),
      },
    );
    assert.equal(created.status, 201, created.text);
  }
  const doomed = await request('POST', '/expenses', expense('2026-03-15'), {
    'idempotency-key': randomUUID(),
  });
  // Deleted undoably: a tombstone for its key and an undoable action holding the row.
  const bulk = await request('POST', '/expenses/bulk', { ids: [doomed.body.id], action: { kind: 'delete' } });
  assert.equal(bulk.status, 200, bulk.text);
  // A recurring series whose two occurrences are already expenses.
  const series = await request('POST', '/recurring', {
    ...expense('2026-01-20'),
    occurredOn: undefined,
    schedule: { kind: 'monthly', day: 20 },
    startOn: '2026-01-20',
    endOn: '2026-02-20',
  });
  assert.equal(series.status, 201, series.text);
  // A weekly habit up to today, suggested as a series and dismissed.
  for (const daysAgo of [14, 7, 0]) {
    const occurredOn = new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    assert.equal(
      (await request('POST', '/expenses', { ...expense(occurredOn), merchant: 'Gym' })).status,
      201,
    );
  }
  // The category's budget used up this month: a budget alert sent (its claims kept in budget_alerts_sent).
  const today = new Date().toISOString().slice(0, 10);
  const overBudget = expense(today, {
    categoryId: category.body.id,
    amountMinor: 7_500,
    description: 'Over budget',
  });
  assert.equal((await request('POST', '/expenses', overBudget)).status, 201);
  const [habit] = (await request('GET', '/recurring/suggestions')).body.items;
  assert.equal((await request('POST', `/recurring/suggestions/${habit.key}/dismiss`)).status, 204);
  const imported = await call(api.url, 'POST', '/imports?filename=statement.csv', {
    token: person.accessToken,
    rawBody: 'Date,Description,Amount\n2026-04-15,groceries,-23.45\n',
    headers: { 'content-type': 'application/octet-stream' },
  });
  assert.equal(imported.status, 201, imported.text);
  const preset = await request('PUT', '/import-presets', {
    name: 'My bank',
    mapping: {
      delimiter: ';',
      hasHeader: true,
      dateOrder: 'DMY',
      decimalMark: ',',
      signConvention: 'negativeIsDebit',
      columns: { date: 'Buchungstag', amount: 'Betrag', description: 'Verwendungszweck' },
    },
  });
  assert.equal(preset.status, 201, preset.text);
  const rule = await request('POST', '/categorisation-rules', {
    kind: 'equals',
    text: 'groceries',
    categoryId: category.body.id,
  });
  assert.equal(rule.status, 201, rule.text);
  // The alert is checked after the answer: wait for its claims (80 % and 100 %), so every fingerprint below is of a
  // settled database.
  await waitFor('the budget alert claims', async () => {
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM budget_alerts_sent WHERE user_id = $1::uuid',
      [me.body.id],
    );
    return rows[0].n === 2;
  });
  return { ...person, id: me.body.id, sub: claimsOf(person.accessToken).sub };
}

before(async () => {
  dataDir = await mkdtemp(path.join(runDir(), 'account-deletion-'));
  cognito = await startCognitoEmulator({
    port: await freePort(),
    dataDir: path.join(dataDir, 'cognito'),
    fixedCode: CONFIRMATION_CODE,
    log: () => {},
  });
  db = openDatabase(stack.databaseUrl);
  const env = { SESSION_CHECK_SECONDS: '60', SESSION_WRITE_CHECK_SECONDS: '10' };
  [deleting, other] = await Promise.all([
    startApi({ name: 'deletion-a', databaseUrl: stack.databaseUrl, cognitoEndpoint: cognito.endpoint, env }),
    startApi({ name: 'deletion-b', databaseUrl: stack.databaseUrl, cognitoEndpoint: cognito.endpoint, env }),
  ]);
  people = [];
  for (let i = 0; i < PEOPLE; i += 1) {
    people.push(await withData(deleting, await newUser(cognito.endpoint, `deletion${i}`)));
  }
});

after(async () => {
  recordFigures('account-deletion', figures);
  await Promise.all([deleting?.stop(), other?.stop()]);
  await db?.end();
  await cognito?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('DELETE /me', () => {
  it('Cognito failing or throttling DeleteUser: 503 and not one row changed anywhere', async () => {
    const [person] = people;
    const before = await databaseFingerprint(db);
    for (const kind of ['internal', 'throttle']) {
      cognito.injectFault(kind, ['DeleteUser']);
      let response;
      try {
        response = await call(deleting.url, 'DELETE', '/me', { token: person.accessToken });
      } finally {
        cognito.clearFaults();
      }
      assert.equal(response.status, 503, `${kind}: ${response.status} ${response.text}`);
      figures.deletionsRefusedWhileCognitoFailed += 1;
    }
    const changed = before !== (await databaseFingerprint(db));
    figures.rowsChangedByRefusedDeletions += changed ? 1 : 0;
    assert.equal(changed, false, 'a refused deletion changed the database');
    // The account still works.
    assert.equal((await call(deleting.url, 'GET', '/me', { token: person.accessToken })).status, 200);
  });

  it("0 rows of the person left in any table, everyone else's rows identical, the Cognito user gone", async () => {
    const [person] = people;
    // The other task trusts the token from now on (for SESSION_CHECK_SECONDS).
    assert.equal((await call(other.url, 'GET', '/me', { token: person.accessToken })).status, 200);
    const rowsBefore = await rowsOfUser(db, person.id);
    figures.rowsBeforeDeletion = Object.values(rowsBefore).reduce((sum, n) => sum + n, 0);
    assert.deepEqual(
      Object.keys(rowsBefore).filter((table) => rowsBefore[table] === 0),
      [],
      'the person has rows in every table before the deletion',
    );
    const othersBefore = await fingerprintExcept(db, person.id);

    const response = await call(deleting.url, 'DELETE', '/me', { token: person.accessToken });
    assert.equal(response.status, 204, response.text);

    // The token, at both tasks, for a while: reads, writes and a second deletion.
    const statuses = [];
    const deadline = Date.now() + HAMMER_MS;
    await Promise.all(
      [deleting, other].map(async (api) => {
        for (let i = 0; Date.now() < deadline; i += 1) {
          const [method, url, body] = [
            ['GET', '/me'],
            ['POST', '/expenses', { amountMinor: 1, occurredOn: '2026-04-01', description: 'ghost' }],
            ['PUT', '/budgets', { categoryId: null, amountMinor: 1 }],
            ['GET', '/categories'],
            ['DELETE', '/me'],
          ][i % 5];
          const answer = await call(api.url, method, url, { token: person.accessToken, body });
          statuses.push({
            task: api === deleting ? 'a' : 'b',
            method,
            url,
            status: answer.status,
            empty: Array.isArray(answer.body?.items) && answer.body.items.length === 0,
          });
        }
      }),
    );
    figures.requestsAfterDeletion = statuses.length;
    const writesAccepted = statuses.filter((s) => s.method !== 'GET' && s.status < 300);
    figures.writesAcceptedAfterDeletion = writesAccepted.length;
    const rowsAfter = await rowsOfUser(db, person.id);
    figures.rowsLeftAfterDeletion = Object.values(rowsAfter).reduce((sum, n) => sum + n, 0);
    const { rows: recreated } = await db.query('SELECT id FROM users WHERE cognito_sub = $1', [person.sub]);
    figures.accountsRecreated = recreated.length;
    const othersChanged = othersBefore !== (await fingerprintExcept(db, person.id));
    figures.otherPeoplesTablesChanged = othersChanged ? 1 : 0;
    const seen = [...new Set(statuses.map((s) => `${s.task} ${s.method} ${s.url} ${s.status}`))].sort();
    console.log(
      `[account-deletion] ${figures.rowsBeforeDeletion} rows in ${Object.keys(rowsBefore).length} tables before, ` +
        `${figures.rowsLeftAfterDeletion} after; ${statuses.length} requests with the token afterwards: ${seen.join(', ')}`,
    );

    assert.deepEqual(writesAccepted, [], 'writes accepted after the deletion');
    assert.deepEqual(rowsAfter, Object.fromEntries(Object.keys(rowsBefore).map((table) => [table, 0])));
    assert.equal(recreated.length, 0, 'the token re-created an account');
    assert.equal(othersChanged, false, "other people's rows changed");
    // On the deleting task every answer is a 401. The other task still trusts the token (reads for 60 s, writes for
    // SESSION_WRITE_CHECK_SECONDS): its writes are refused (401, or 400/409 as the rows they need are gone) and its
    // reads find nothing (404, or an empty list) — never anyone's data.
    for (const s of statuses) {
      const emptyRead = s.method === 'GET' && (s.status === 404 || (s.status === 200 && s.empty));
      const refusedWrite = s.method !== 'GET' && s.status >= 400 && s.status < 500;
      assert.ok(s.status === 401 || (s.task === 'b' && (emptyRead || refusedWrite)), JSON.stringify(s));
    }
    await assert.rejects(
      signIn(cognito.endpoint, person.email),
      /NotAuthorizedException|UserNotFoundException/,
    );
    await assert.rejects(
      cognitoCall(cognito.endpoint, 'GetTokensFromRefreshToken', {
        ClientId: LOCAL_COGNITO.clientId,
        RefreshToken: person.refreshToken,
      }),
      /NotAuthorizedException/,
    );
    // Everyone else still has their account.
    for (const someone of people.slice(1)) {
      assert.equal((await call(other.url, 'GET', '/me', { token: someone.accessToken })).status, 200);
    }
  });
});
