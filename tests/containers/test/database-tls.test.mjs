/**
 * TLS to the database from the backend image, as on ECS against RDS: a real PostgreSQL serving TLS with a
 * certificate from a test CA, the migrate task and the API configured only through the DB_* parts ECS passes.
 * The image's own CA bundle (Amazon RDS) refuses the test server; a wrong host name is refused even with the right
 * CA; the right CA and host name migrate and serve over TLS. Each refusal names its cause.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createTestCa, makeLocalTempDir, waitFor } from '@spendwise/devkit';
import { docker, inspectContainer, removeQuietly } from '../lib/docker.mjs';
import { startPostgresContainer } from '../lib/postgres-container.mjs';
import { builtImage, readRunPlan } from '../lib/run-plan.mjs';

const plan = readRunPlan();
const backend = builtImage(plan, 'backend');
const prefix = `spendwise-ct-${plan.runId}-tls`;
const names = { network: `${prefix}-net`, postgres: `${prefix}-postgres`, api: `${prefix}-api` };
// A second name for the same server, absent from its certificate: what connecting by an alias or IP looks like.
const ALIAS = `${prefix}-alias`;
const IMAGE_BUNDLE = '/usr/local/share/spendwise/amazon-rds-ca-bundle.pem';
const TEST_CA_IN_CONTAINER = '/run/test-ca/ca.pem';
const password = randomBytes(16).toString('hex');
let dir;

/** `docker run` arguments giving the backend image the DB_* parts of the TLS server, as the task definition does. */
function dbParts(host, { testCa = false } = {}) {
  const env = {
    DB_HOST: host,
    DB_PORT: '5432',
    DB_NAME: 'spendwise',
    DB_USER: 'spendwise',
    DB_PASSWORD: password,
  };
  if (testCa) env.DB_SSLROOTCERT = TEST_CA_IN_CONTAINER;
  const args = Object.entries(env).flatMap(([name, value]) => ['--env', `${name}=${value}`]);
  return testCa
    ? args.concat(['--volume', `${path.join(dir, 'ca', 'ca.pem')}:${TEST_CA_IN_CONTAINER}:ro`])
    : args;
}

/** `npx prisma migrate deploy` in the image (the ECS override); never rejects, returns its output and status. */
async function migrate(host, options) {
  const args = ['run', '--rm', '--network', names.network, ...dbParts(host, options), backend];
  try {
    const { stdout, stderr } = await docker(args.concat(['npx', 'prisma', 'migrate', 'deploy']), {
      timeoutMs: 120_000,
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    return { ok: false, output: error.message };
  }
}

describe('TLS from the backend image to PostgreSQL (verify-full)', () => {
  before(async () => {
    dir = await makeLocalTempDir('containers-tls-');
    await createTestCa(path.join(dir, 'ca'), { serverNames: [names.postgres] });
    await docker(['network', 'create', '--internal', names.network]);
    await startPostgresContainer({
      name: names.postgres,
      network: names.network,
      password,
      alias: ALIAS,
      tlsSourceDir: path.join(dir, 'ca'),
    });
  });

  after(async () => {
    await removeQuietly('container', [names.api, names.postgres]);
    await removeQuietly('network', [names.network]);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('the image carries the Amazon RDS CA bundle and points DB_SSLROOTCERT at it', async () => {
    const { stdout } = await docker([
      'run',
      '--rm',
      '--entrypoint',
      'node',
      backend,
      '-e',
      `const { X509Certificate } = require('node:crypto');
       const pem = require('node:fs').readFileSync(process.env.DB_SSLROOTCERT, 'utf8');
       const certs = pem.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g).map((c) => new X509Certificate(c));
       console.log(JSON.stringify({ file: process.env.DB_SSLROOTCERT, count: certs.length,
         rds: certs.filter((c) => /OU=Amazon RDS/.test(c.subject)).length,
         expired: certs.filter((c) => new Date(c.validTo) < new Date()).length }));`,
    ]);
    const bundle = JSON.parse(stdout);
    assert.equal(bundle.file, IMAGE_BUNDLE);
    assert.ok(bundle.rds > 20, `expected the RDS regional roots, got ${bundle.rds}`);
    assert.equal(bundle.expired, 0);
  });

  test("with the image's bundle, a server whose certificate another CA signed is refused, naming the cause", async () => {
    const result = await migrate(names.postgres);
    assert.equal(result.ok, false);
    assert.match(
      result.output,
      new RegExp(
        `TLS to the database at ${names.postgres} refused: its certificate is not signed by a CA in the CA ` +
          `bundle in sslrootcert \\(${IMAGE_BUNDLE}\\)`,
      ),
    );
  });

  test('with the right CA, a host name not on the certificate is refused, naming the cause', async () => {
    const result = await migrate(ALIAS, { testCa: true });
    assert.equal(result.ok, false);
    assert.match(result.output, new RegExp(`the certificate is not valid for the host name "${ALIAS}"`));
  });

  test('with the right CA and host name, the migrate task applies and the API serves over TLS', async () => {
    const result = await migrate(names.postgres, { testCa: true });
    assert.equal(result.ok, true, result.output);
    assert.match(result.output, /All migrations have been successfully applied/);

    await docker([
      'run',
      '--detach',
      '--name',
      names.api,
      '--network',
      names.network,
      '--health-interval',
      '2s',
      ...dbParts(names.postgres, { testCa: true }),
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
    await waitFor(
      'the API container to report healthy',
      async () => (await inspectContainer(names.api)).State.Health?.Status === 'healthy',
      { timeoutMs: 90_000, intervalMs: 1_000 },
    );
    let ready = '';
    try {
      await waitFor(
        'the API to be ready (database up over TLS)',
        async () => {
          ({ stdout: ready } = await docker([
            'exec',
            names.api,
            'node',
            '-e',
            "fetch('http://127.0.0.1:4000/health/ready').then(async (r) => console.log(r.status, await r.text()))",
          ]));
          return ready.startsWith('200 ');
        },
        { timeoutMs: 30_000, intervalMs: 1_000 },
      );
    } catch (error) {
      const { stdout, stderr } = await docker(['logs', names.api]);
      throw new Error(`${error.message}\nlast answer: ${ready}\nAPI log:\n${stdout}${stderr}`);
    }
    assert.match(ready, /"database":"up"/);
    // Every connection the API holds is encrypted.
    const { stdout: sessions } = await docker([
      'exec',
      names.postgres,
      'psql',
      '--username=spendwise',
      '--dbname=spendwise',
      '-tAc',
      "SELECT count(*) FILTER (WHERE s.ssl), count(*) FROM pg_stat_activity a JOIN pg_stat_ssl s USING (pid) WHERE a.application_name = 'spendwise'",
    ]);
    const [encrypted, total] = sessions.trim().split('|').map(Number);
    assert.ok(total >= 1, 'the API holds a connection');
    assert.equal(encrypted, total);
  });
});
