/**
 * The backend image as ECS runs it: the one-off migrate task (`npx prisma migrate deploy`) on a network that
 * reaches only PostgreSQL, then the API against that database: healthy, ready, not root, and stopped by SIGTERM
 * within the grace period without dropping a request it had accepted.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot, waitFor } from '@spendwise/devkit';
import { docker, inspectContainer, removeQuietly } from '../lib/docker.mjs';
import { startPostgresContainer } from '../lib/postgres-container.mjs';
import { builtImage, readRunPlan } from '../lib/run-plan.mjs';

const plan = readRunPlan();
const backend = builtImage(plan, 'backend');
const prefix = `spendwise-ct-${plan.runId}`;
const names = {
  dbNetwork: `${prefix}-db-only`,
  appNetwork: `${prefix}-app`,
  postgres: `${prefix}-postgres`,
  api: `${prefix}-api`,
};
const password = randomBytes(16).toString('hex');
const databaseUrl = `postgresql://spendwise:${password}@${names.postgres}:5432/spendwise`;
// What ECS gives the task (its stopTimeout); the API's own drain deadline (SHUTDOWN_TIMEOUT_MS) is shorter.
const GRACE_PERIOD_SECONDS = 30;

const committedMigrations = readdirSync(path.join(repoRoot, 'packages/db/prisma/migrations'))
  .filter((entry) => /^\d/.test(entry))
  .sort();

function psql(sql) {
  return docker(['exec', names.postgres, 'psql', '--username=spendwise', '--dbname=spendwise', '-tAc', sql]);
}

/** One request on its own connection (no keep-alive reuse races): the status, or the socket error's code. */
function requestOnce(url) {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: 10_000 }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode }));
      response.on('error', (error) => resolve({ error: error.code ?? error.message }));
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', (error) => resolve({ error: error.code ?? error.message }));
  });
}

/** `docker pause`, retried: on a busy machine the cgroup freezer sometimes answers "unable to freeze". */
async function pauseContainer(name) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await docker(['pause', name]);
    } catch (error) {
      if (attempt === 5 || !/unable to freeze/.test(error.message)) throw error;
      await sleep(200);
    }
  }
}

describe('backend image', () => {
  before(async () => {
    await docker(['network', 'create', '--internal', names.dbNetwork]);
    await docker(['network', 'create', names.appNetwork]);
    await startPostgresContainer({ name: names.postgres, network: names.dbNetwork, password });
  });

  after(async () => {
    await docker(['unpause', names.postgres]).catch(() => {});
    await removeQuietly('container', [names.api, names.postgres]);
    await removeQuietly('network', [names.dbNetwork, names.appNetwork]);
  });

  test('`npx prisma migrate deploy` (the ECS override) applies every migration with no network access', async (t) => {
    // The network really has no way out: from it, the same image cannot reach the npm registry.
    const { stdout: probe } = await docker([
      'run',
      '--rm',
      '--network',
      names.dbNetwork,
      '--entrypoint',
      'node',
      backend,
      '-e',
      `fetch('https://registry.npmjs.org/prisma', { signal: AbortSignal.timeout(5000) })
         .then(() => console.log('reachable'), (error) => console.log('unreachable', error.cause?.code ?? error.name))`,
    ]);
    assert.match(probe, /^unreachable/);

    const started = performance.now();
    const { stdout, stderr } = await docker(
      ['run', '--rm', '--network', names.dbNetwork, '--env', `DATABASE_URL=${databaseUrl}`, backend].concat([
        'npx',
        'prisma',
        'migrate',
        'deploy',
      ]),
      { timeoutMs: 120_000 },
    );
    t.diagnostic(`migrate deploy took ${((performance.now() - started) / 1000).toFixed(1)}s`);
    assert.match(stdout + stderr, /All migrations have been successfully applied/);
    assert.doesNotMatch(stdout + stderr, /failed to detect the libssl/);

    const { stdout: applied } = await psql(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1',
    );
    assert.deepEqual(applied.trim().split('\n'), committedMigrations);
  });

  test('the API becomes healthy and ready against that database, and runs as a non-root user', async () => {
    await docker([
      'create',
      '--name',
      names.api,
      '--network',
      names.appNetwork,
      '--publish',
      '127.0.0.1::4000',
      // The image's own health check, only polled faster than its 10 s so the suite stays quick.
      '--health-interval',
      '2s',
      '--env',
      `DATABASE_URL=${databaseUrl}`,
      '--env',
      'COGNITO_USER_POOL_ID=us-east-1_LocalDev01',
      '--env',
      'COGNITO_CLIENT_ID=spendwiselocalwebclient001',
      // Production refuses to start without a mail transport; SES is not called until an alert is sent.
      '--env',
      'MAIL_TRANSPORT=ses',
      '--env',
      'MAIL_FROM=alerts@example.com',
      backend,
    ]);
    await docker(['network', 'connect', names.dbNetwork, names.api]);
    await docker(['start', names.api]);

    await waitFor(
      'the API container to report healthy',
      async () => (await inspectContainer(names.api)).State.Health?.Status === 'healthy',
      { timeoutMs: 90_000, intervalMs: 1_000 },
    );
    const { stdout: mapping } = await docker(['port', names.api, '4000/tcp']);
    const baseUrl = `http://${mapping.trim().split('\n')[0]}`;
    const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(10_000) });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok', checks: { database: 'up' } });

    // Every process in the container, PID 1 (tini) included, runs as the image's `node` user.
    const { stdout: owners } = await docker([
      'exec',
      names.api,
      'node',
      '-e',
      `const fs = require('node:fs');
       const procs = fs.readdirSync('/proc').filter((p) => /^\\d+$/.test(p));
       console.log(JSON.stringify(procs.map((p) => ({
         cmd: fs.readFileSync('/proc/' + p + '/cmdline', 'utf8').split('\\0').join(' ').trim(),
         uid: Number(/^Uid:\\s+(\\d+)/m.exec(fs.readFileSync('/proc/' + p + '/status', 'utf8'))[1]),
       }))));`,
    ]);
    // Not the image's: `runc init` is the container runtime starting an exec (this one, or the HEALTHCHECK's) in
    // the container's namespaces; it is root only until it becomes the exec'd command as the image's user. Seen
    // by this listing now and then on a busy machine (a CI run at load ~15 failed on it).
    const processes = JSON.parse(owners).filter(({ cmd }) => cmd !== 'runc init');
    assert.ok(
      processes.some(({ cmd }) =>
        cmd.startsWith('/usr/bin/tini -- node --no-concurrent-recompilation /app/apps/api/dist/main.js'),
      ),
    );
    assert.deepEqual(
      processes.filter(({ uid }) => uid === 0),
      [],
      'no process may run as root',
    );
    assert.ok(processes.every(({ uid }) => uid === 1000));

    // An import writes its upload to a private directory under the OS temp dir (apps/api/src/imports/
    // upload-spool.ts; /tmp in the image, TMPDIR to move it): the image's user can make one and spool a file there.
    const { stdout: spool } = await docker([
      'exec',
      names.api,
      'node',
      '-e',
      `const fs = require('node:fs');
       const { Readable } = require('node:stream');
       const { spoolDirectory, spoolUpload } = require('/app/apps/api/dist/imports/upload-spool.js');
       (async () => {
         const dir = await spoolDirectory();
         const file = await spoolUpload(Readable.from([Buffer.from('Date,Amount\\n2026-12-01,-1.00\\n')]), dir, {
           maxBytes: 1024, discardBytes: 2048, tooLarge: () => new Error('too large'),
         });
         const spooled = { dir, mode: (fs.statSync(dir).mode & 0o777).toString(8), size: fs.statSync(file.path).size };
         await file.remove();
         console.log(JSON.stringify({ ...spooled, left: fs.readdirSync(dir) }));
       })();`,
    ]);
    const { dir, ...spooled } = JSON.parse(spool);
    assert.match(dir, /^\/tmp\/spendwise-imports-/);
    assert.deepEqual(spooled, { mode: '700', size: 29, left: [] });
  });

  test('SIGTERM drains: requests in flight are answered, then exit 0 within the grace period', async (t) => {
    // Requests that are certainly inside the API when SIGTERM arrives: the database is frozen, so each one
    // waits in its readiness query (the API gives that query 2 s). Straight to the container's address, not
    // through Docker's port proxy, so a cut-off connection shows up as exactly that.
    const { NetworkSettings: network } = await inspectContainer(names.api);
    const url = `http://${network.Networks[names.appNetwork].IPAddress}:4000/health/ready`;
    await pauseContainer(names.postgres);
    const inFlight = Array.from({ length: 8 }, () => requestOnce(url));
    await sleep(500);

    const stopAt = performance.now();
    // `docker stop` = SIGTERM, then SIGKILL once the grace period is over (as ECS does with stopTimeout).
    const stopping = docker(['stop', '--time', String(GRACE_PERIOD_SECONDS), names.api], {
      timeoutMs: (GRACE_PERIOD_SECONDS + 15) * 1000,
    });
    await sleep(500);
    await docker(['unpause', names.postgres]);
    const outcomes = await Promise.all(inFlight);
    await stopping;
    const stopSeconds = (performance.now() - stopAt) / 1000;

    const { State: state } = await inspectContainer(names.api);
    t.diagnostic(
      `stopped in ${stopSeconds.toFixed(1)}s with exit code ${state.ExitCode}; in-flight requests answered: ` +
        outcomes.map((outcome) => outcome.status ?? outcome.error).join(' '),
    );
    assert.deepEqual(
      outcomes.filter(({ status }) => status !== 200 && status !== 503),
      [],
      'every request in flight at SIGTERM gets an answer: 200, or 503 (not ready)',
    );
    assert.equal(state.ExitCode, 0, 'a SIGKILL (137) or a crash means the drain did not finish');
    assert.ok(stopSeconds < GRACE_PERIOD_SECONDS, `took ${stopSeconds.toFixed(1)}s`);
  });
});
