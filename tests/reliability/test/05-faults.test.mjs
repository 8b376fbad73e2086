/**
 * Faults, each injected into real parts and each followed by recovery without restarting the API:
 * PostgreSQL stopped and started mid-load; PostgreSQL black-holed (slow beyond any timeout); SIGTERM during load;
 * the Cognito JWKS endpoint gone after start. The suite owns its own PostgreSQL and emulator so it can break them.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startCognitoEmulator } from '@spendwise/cognito-emulator';
import { migrateDeploy } from '@spendwise/db/cli';
import { freePort, startPostgres, waitFor } from '@spendwise/local-stack';
import { startApi } from '../lib/api-process.mjs';
import { CONFIRMATION_CODE, newUser } from '../lib/cognito.mjs';
import { call } from '../lib/http.mjs';
import { runDir, recordFigures } from '../lib/run-files.mjs';
import { startTcpProxy } from '../lib/tcp-proxy.mjs';

let dataDir;
let postgres;
let databaseUrl;
let cognito;
let person;
const figures = { faultsInjected: 0, faultsRecovered: 0, requestsSent: 0, violations: 0 };

before(async () => {
  dataDir = await mkdtemp(path.join(runDir(), 'faults-'));
  postgres = await startPostgres({
    dataDir: path.join(dataDir, 'pg'),
    port: await freePort(),
    persistent: false,
  });
  await postgres.createDatabase('spendwise');
  databaseUrl = postgres.url('spendwise');
  await migrateDeploy(databaseUrl);
  cognito = await startCognitoEmulator({
    port: await freePort(),
    dataDir: path.join(dataDir, 'cognito'),
    fixedCode: CONFIRMATION_CODE,
    log: () => {},
  });
  person = await newUser(cognito.endpoint, 'faults');
});

after(async () => {
  recordFigures('faults', figures);
  await cognito?.stop();
  await postgres?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const expense = { amountMinor: 100, occurredOn: '2026-02-02', description: 'fault' };

/** Sends requests back to back until stopped; records every status and duration. */
function backgroundLoad(api) {
  const results = [];
  let running = true;
  const loop = async () => {
    while (running) {
      const started = performance.now();
      const response = await call(api.url, 'POST', '/expenses', {
        token: person.accessToken,
        body: expense,
        timeoutMs: 30_000,
      }).catch((error) => ({ status: error.name }));
      figures.requestsSent += 1;
      results.push({ status: response.status, ms: performance.now() - started, at: Date.now() });
    }
  };
  const loops = [loop(), loop(), loop()];
  return {
    results,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** The database URL through a fresh proxy. */
async function viaProxy() {
  const proxy = await startTcpProxy({ host: '127.0.0.1', port: postgres.port });
  const url = new URL(databaseUrl);
  url.port = String(proxy.port);
  return { proxy, url: url.toString() };
}

describe('database restarted in the middle of load', () => {
  it('readiness turns 503, requests fail fast with 503, and the same API process recovers', async () => {
    // The restart is played by the proxy (every connection dropped, new ones refused, then accepted again): what
    // the API sees of a PostgreSQL restart, without the embedded server's stop/start in the way.
    const { proxy, url } = await viaProxy();
    const api = await startApi({
      name: 'faults-restart',
      databaseUrl: url,
      cognitoEndpoint: cognito.endpoint,
    });
    try {
      const load = backgroundLoad(api);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      figures.faultsInjected += 1;
      const downAt = Date.now();
      await proxy.down();
      await waitFor(
        'readiness 503',
        async () => (await call(api.url, 'GET', '/health/ready', { timeoutMs: 5_000 })).status === 503,
        { timeoutMs: 10_000, intervalMs: 200 },
      );
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const upAt = Date.now();
      await proxy.up();
      await waitFor(
        'readiness 200 again',
        async () => (await call(api.url, 'GET', '/health/ready', { timeoutMs: 5_000 })).status === 200,
        { timeoutMs: 30_000, intervalMs: 200 },
      );
      const recoveredAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await load.stop();

      const during = load.results.filter((r) => r.at > downAt + 500 && r.at < upAt);
      const afterwards = load.results.filter((r) => r.at > recoveredAt + 200);
      const statuses = [...new Set(during.map((r) => r.status))];
      const slowest = Math.max(...during.map((r) => r.ms));
      console.log(
        `[faults] restart: ${during.length} requests while down, statuses ${statuses}, slowest ${Math.round(slowest)} ms; recovered ${recoveredAt - upAt} ms after PostgreSQL returned`,
      );
      assert.ok(during.length > 0, 'requests were sent while the database was down');
      assert.deepEqual(statuses, [503], 'while down, every request is a 503');
      assert.ok(
        slowest < 6_000,
        `requests fail fast while the database is down (slowest ${Math.round(slowest)} ms)`,
      );
      assert.ok(
        afterwards.length > 0 && afterwards.every((r) => r.status === 201),
        'writes succeed again after recovery',
      );
      assert.equal(api.child.exitCode, null, 'recovered without a restart');
      figures.faultsRecovered += 1;
    } finally {
      await api.stop();
      await proxy.stop();
    }
  });
});

describe('database slow beyond every timeout (replies black-holed)', () => {
  it('request time stays bounded and the API recovers when the database answers again', async () => {
    const proxy = await startTcpProxy({ host: '127.0.0.1', port: postgres.port });
    const proxiedUrl = new URL(databaseUrl);
    proxiedUrl.port = String(proxy.port);
    const api = await startApi({
      name: 'faults-slow',
      databaseUrl: proxiedUrl.toString(),
      cognitoEndpoint: cognito.endpoint,
    });
    try {
      figures.faultsInjected += 1;
      proxy.state.blackhole = true;
      const attempts = await Promise.all(
        Array.from({ length: 4 }, () =>
          call(api.url, 'POST', '/expenses', {
            token: person.accessToken,
            body: expense,
            timeoutMs: 20_000,
          }).catch((error) => ({ status: error.name, ms: 20_000 })),
        ),
      );
      figures.requestsSent += attempts.length;
      const slowest = Math.max(...attempts.map((a) => a.ms));
      console.log(
        `[faults] black-holed database: statuses ${attempts.map((a) => a.status)}, slowest ${Math.round(slowest)} ms`,
      );
      proxy.state.blackhole = false;
      if (!(slowest < 15_000 && attempts.every((a) => a.status === 503))) figures.violations += 1;
      assert.ok(
        slowest < 15_000,
        `a hung database must not hang requests (slowest ${Math.round(slowest)} ms)`,
      );
      assert.ok(
        attempts.every((a) => a.status === 503),
        `503 when the database does not answer: ${attempts.map((a) => a.status)}`,
      );
      await waitFor(
        'writes succeed again',
        async () =>
          (
            await call(api.url, 'POST', '/expenses', {
              token: person.accessToken,
              body: expense,
              timeoutMs: 5_000,
            })
          ).status === 201,
        { timeoutMs: 30_000, intervalMs: 500 },
      );
      figures.faultsRecovered += 1;
    } finally {
      proxy.state.blackhole = false;
      await api.stop();
      await proxy.stop();
    }
  });
});

describe('SIGTERM during load', () => {
  it('in-flight requests complete, new ones are refused, and the process exits 0 well within 30 s', async () => {
    // Replies held back 1.5 s, so requests are certainly in flight when the signal arrives.
    const proxy = await startTcpProxy({ host: '127.0.0.1', port: postgres.port });
    const proxiedUrl = new URL(databaseUrl);
    proxiedUrl.port = String(proxy.port);
    const api = await startApi({
      name: 'faults-sigterm',
      databaseUrl: proxiedUrl.toString(),
      cognitoEndpoint: cognito.endpoint,
    });
    try {
      // A task being stopped has its connections open: open them before slowing the link, so what is slowed is the
      // requests' work, not connecting (a new connection's set-up has its own round trips within a 5 s limit).
      const warm = await Promise.all(
        Array.from({ length: 6 }, () => call(api.url, 'GET', '/expenses', { token: person.accessToken })),
      );
      assert.deepEqual(
        warm.map((r) => r.status),
        Array(6).fill(200),
      );
      figures.requestsSent += 6;
      proxy.state.delayMs = 1_500;
      const inFlight = Array.from({ length: 6 }, () =>
        call(api.url, 'POST', '/expenses', { token: person.accessToken, body: expense, timeoutMs: 30_000 }),
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      figures.faultsInjected += 1;
      const signalledAt = Date.now();
      api.child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const late = await call(api.url, 'GET', '/health/ready', { timeoutMs: 5_000 }).catch((error) => ({
        status: error.cause?.code ?? error.name,
      }));
      const completed = await Promise.all(inFlight.map((p) => p.catch((error) => ({ status: error.name }))));
      const exit = await Promise.race([
        api.exited,
        new Promise((resolve) => setTimeout(() => resolve('timeout'), 30_000)),
      ]);
      const exitMs = Date.now() - signalledAt;
      figures.requestsSent += 7;
      console.log(
        `[faults] SIGTERM: in-flight ${completed.map((r) => r.status)}, new request ${late.status}, exit ${JSON.stringify(exit)} after ${exitMs} ms`,
      );
      assert.deepEqual(
        completed.map((r) => r.status),
        Array(6).fill(201),
        'in-flight requests complete',
      );
      assert.ok(
        [503, 'ECONNREFUSED', 'ECONNRESET'].includes(late.status),
        `new requests are refused (${late.status})`,
      );
      assert.deepEqual(exit, { code: 0, signal: null });
      assert.ok(exitMs < 30_000);
      figures.faultsRecovered += 1;
    } finally {
      await api.stop();
      await proxy.stop();
    }
  });
});

describe('Cognito JWKS endpoint unreachable after start', () => {
  it('already-cached keys keep verifying tokens', async () => {
    const ownCognito = await startCognitoEmulator({
      port: await freePort(),
      dataDir: path.join(dataDir, 'cognito-jwks'),
      fixedCode: CONFIRMATION_CODE,
      log: () => {},
    });
    let stopped = false;
    const api = await startApi({ name: 'faults-jwks', databaseUrl, cognitoEndpoint: ownCognito.endpoint });
    try {
      const someone = await newUser(ownCognito.endpoint, 'jwks');
      assert.equal((await call(api.url, 'GET', '/me', { token: someone.accessToken })).status, 200);
      figures.faultsInjected += 1;
      await ownCognito.stop();
      stopped = true;
      await assert.rejects(
        fetch(ownCognito.jwksUri, { signal: AbortSignal.timeout(2_000) }),
        'the JWKS endpoint is gone',
      );
      const statuses = [];
      for (let i = 0; i < 5; i += 1)
        statuses.push(
          (await call(api.url, 'POST', '/expenses', { token: someone.accessToken, body: expense })).status,
        );
      figures.requestsSent += 6;
      assert.deepEqual(statuses, Array(5).fill(201));
      figures.faultsRecovered += 1;
    } finally {
      if (!stopped) await ownCognito.stop();
      await api.stop();
    }
  });
});
