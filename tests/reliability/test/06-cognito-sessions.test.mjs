/**
 * Session semantics against a struggling and a truthful Cognito (the emulator's fault mode answers with Cognito's
 * own errors: 400 TooManyRequestsException, 500 InternalErrorException, no answer at all):
 *
 * - throttling, failing and silent Cognito → 0 people signed out: no 401 for any valid token, every read and
 *   write of signed-in people answered 2xx (the last confirmation is kept within SESSION_GRACE_SECONDS), and a
 *   token Cognito never confirmed gets 503, not 401;
 * - a deleted account → 0 writes accepted later than SESSION_WRITE_CHECK_SECONDS after the deletion, although
 *   reads are trusted for a whole minute (SESSION_CHECK_SECONDS=60, the production default).
 *
 * The suite runs its own emulator (to break it) and API processes against the shared database.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startCognitoEmulator } from '@spendwise/cognito-emulator';
import { freePort } from '@spendwise/local-stack';
import { startApi } from '../lib/api-process.mjs';
import { CONFIRMATION_CODE, deleteUser, newUser } from '../lib/cognito.mjs';
import { call } from '../lib/http.mjs';
import { readStack, recordFigures, runDir } from '../lib/run-files.mjs';

const stack = readStack();
const WRITE_BOUND_SECONDS = 2;
const PEOPLE = 4;
let dataDir;
let cognito;
const figures = {
  faultsInjected: 0,
  faultsRecovered: 0,
  requestsSent: 0,
  violations: 0,
  peopleSignedOut: 0,
  unauthorizedForValidTokens: 0,
  writesAcceptedAfterBound: 0,
};

before(async () => {
  dataDir = await mkdtemp(path.join(runDir(), 'cognito-sessions-'));
  cognito = await startCognitoEmulator({
    port: await freePort(),
    dataDir: path.join(dataDir, 'cognito'),
    fixedCode: CONFIRMATION_CODE,
    log: () => {},
  });
});

after(async () => {
  recordFigures('cognito-sessions', figures);
  await cognito?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const expense = (description) => ({ amountMinor: 125, occurredOn: '2026-03-03', description });

/** Each person alternates a read and a write, back to back, for `ms`; returns every answer. */
async function useTheApp(api, people, ms) {
  const results = [];
  const deadline = Date.now() + ms;
  await Promise.all(
    people.map(async (person) => {
      for (let i = 0; Date.now() < deadline; i += 1) {
        const write = i % 2 === 1;
        const started = Date.now();
        const response = await call(api.url, write ? 'POST' : 'GET', write ? '/expenses' : '/me', {
          token: person.accessToken,
          body: write ? expense('during a Cognito fault') : undefined,
          timeoutMs: 20_000,
        }).catch((error) => ({ status: error.name }));
        figures.requestsSent += 1;
        results.push({ person: person.email, status: response.status, started });
      }
    }),
  );
  return results;
}

describe('Cognito throttling, failing or not answering', () => {
  let api;
  let people;

  before(async () => {
    api = await startApi({
      name: 'cognito-faults',
      databaseUrl: stack.databaseUrl,
      cognitoEndpoint: cognito.endpoint,
      // Cognito is asked about every token every second, so the faults below are met on nearly every request.
      env: { SESSION_CHECK_SECONDS: '1', SESSION_WRITE_CHECK_SECONDS: '1', SESSION_GRACE_SECONDS: '120' },
    });
    people = await Promise.all(
      Array.from({ length: PEOPLE }, (_, i) => newUser(cognito.endpoint, `grace${i}`)),
    );
    for (const person of people) {
      assert.equal((await call(api.url, 'GET', '/me', { token: person.accessToken })).status, 200);
    }
  });
  after(() => api?.stop());

  for (const { kind, ms } of [
    { kind: 'throttle', ms: 3_000 },
    { kind: 'internal', ms: 3_000 },
    // GetUser gives up after 5 s: long enough for every person's check to time out at least once.
    { kind: 'timeout', ms: 7_000 },
  ]) {
    it(`${kind}: 0 people signed out, no 401 for a valid token, reads and writes answered`, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_100)); // every confirmation is due for a re-check
      const faultedBefore = cognito.faultedCalls;
      cognito.injectFault(kind, ['GetUser']);
      figures.faultsInjected += 1;
      let results;
      try {
        results = await useTheApp(api, people, ms);
      } finally {
        cognito.clearFaults();
      }
      const faulted = cognito.faultedCalls - faultedBefore;
      const unauthorized = results.filter((r) => r.status === 401);
      const signedOut = new Set(unauthorized.map((r) => r.person));
      const statuses = [...new Set(results.map((r) => r.status))].sort();
      figures.unauthorizedForValidTokens += unauthorized.length;
      figures.peopleSignedOut += signedOut.size;
      console.log(
        `[cognito-sessions] ${kind}: ${results.length} requests, ${faulted} GetUser calls faulted, statuses ${statuses}, ${signedOut.size} people signed out`,
      );
      assert.ok(faulted >= PEOPLE, `the API met the fault (${faulted} faulted GetUser calls)`);
      assert.equal(signedOut.size, 0, `people signed out by a ${kind}: ${[...signedOut]}`);
      assert.deepEqual(statuses, [200, 201], `every read and write answered during the ${kind}`);
      figures.faultsRecovered += 1;
    });
  }

  it('a token Cognito never confirmed gets 503 during a throttle, not 401, and works once Cognito answers', async () => {
    const newcomer = await newUser(cognito.endpoint, 'newcomer');
    cognito.injectFault('throttle', ['GetUser']);
    figures.faultsInjected += 1;
    let during;
    try {
      during = await call(api.url, 'GET', '/me', { token: newcomer.accessToken });
    } finally {
      cognito.clearFaults();
    }
    figures.requestsSent += 2;
    if (during.status === 401) figures.unauthorizedForValidTokens += 1;
    assert.equal(during.status, 503, during.text);
    assert.equal((await call(api.url, 'GET', '/me', { token: newcomer.accessToken })).status, 200);
    figures.faultsRecovered += 1;
  });
});

describe('a deleted account', () => {
  let api;

  before(async () => {
    api = await startApi({
      name: 'cognito-deleted',
      databaseUrl: stack.databaseUrl,
      cognitoEndpoint: cognito.endpoint,
      // Production's read bound; writes must still stop within their own, much shorter bound.
      env: { SESSION_CHECK_SECONDS: '60', SESSION_WRITE_CHECK_SECONDS: String(WRITE_BOUND_SECONDS) },
    });
  });
  after(() => api?.stop());

  it(`0 writes accepted later than ${WRITE_BOUND_SECONDS} s after the deletion`, async () => {
    const doomed = await newUser(cognito.endpoint, 'doomed');
    const write = () =>
      call(api.url, 'POST', '/expenses', { token: doomed.accessToken, body: expense('before or after') });
    assert.equal((await write()).status, 201, 'writes work before the deletion');
    let deletedAt = 0;
    const results = [];
    const deadline = Date.now() + (WRITE_BOUND_SECONDS + 2) * 1000;
    const writer = (async () => {
      while (Date.now() < deadline) {
        const started = Date.now();
        const response = await write();
        figures.requestsSent += 1;
        results.push({ started, status: response.status });
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await deleteUser(cognito.endpoint, doomed.email);
    deletedAt = Date.now();
    await writer;

    const bound = deletedAt + WRITE_BOUND_SECONDS * 1000;
    const acceptedLate = results.filter((r) => r.started > bound && r.status === 201);
    const refusedAfter = results.filter((r) => r.started > bound && r.status === 401);
    const lastAccepted = Math.max(...results.filter((r) => r.status === 201).map((r) => r.started));
    figures.writesAcceptedAfterBound += acceptedLate.length;
    figures.violations += acceptedLate.length;
    console.log(
      `[cognito-sessions] deleted account: ${results.length} writes, last accepted ${lastAccepted - deletedAt} ms after the deletion (bound ${WRITE_BOUND_SECONDS * 1000} ms), ${acceptedLate.length} accepted after the bound, ${refusedAfter.length} refused with 401`,
    );
    assert.equal(acceptedLate.length, 0, `writes accepted after the bound: ${acceptedLate.length}`);
    assert.ok(refusedAfter.length > 0, 'writes after the bound are refused with 401');
    // Reads are still within their 60 s trust: the bound that stops writes is the write bound, not the read one.
  });
});
