// scripts/deploy/smoke.sh against a running SpendWise: the local stack (web production build, API, PostgreSQL,
// Cognito emulator) stands in for a deployed environment. The admin-confirm step goes through the real AWS CLI to
// the emulator (AWS_ENDPOINT_URL), exactly as it goes to Cognito when CI runs the check.
//
// Then as a browser meets a deployment: over HTTPS on public names (app.spendwise.test, api.spendwise.test), with a
// TLS terminator standing in for CloudFront / the load balancer's HTTPS listener and a test CA the browser trusts
// like a real one. On http://localhost the browser forgives what it blocks on a real domain (localhost is a
// "secure context"), so only this shows mixed content and certificate errors.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LOCAL_COGNITO } from '@spendwise/cognito-emulator';
import { homeTrusting, makeTestCertificates, startTerminator } from '../../lib/tls-terminator.mjs';
import { DEFAULT_PORTS, freePort, makeLocalTempDir, repoRoot, startStack } from '@spendwise/local-stack';
import { runDeployScript, tail } from '../../lib/commands.mjs';

describe('smoke.sh against the local stack', () => {
  let stack;
  let dataDir;
  const smokeEnv = () => ({
    ...process.env,
    AWS_ENDPOINT_URL: stack.urls.cognito,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
  });
  const smokeArgs = (apiUrl) => [
    '--api-url',
    apiUrl,
    '--web-url',
    stack.urls.web,
    '--user-pool-id',
    LOCAL_COGNITO.userPoolId,
    '--region',
    LOCAL_COGNITO.region,
  ];

  // Public names for the HTTPS run; the browser and curl resolve them to this machine (SMOKE_RESOLVE).
  const APP = 'app.spendwise.test';
  const API = 'api.spendwise.test';
  const ports = {};
  const terminators = [];
  let tls;
  let trustingHome;

  before(async () => {
    for (const name of ['app', 'api', 'mixedApp', 'plainApi']) ports[name] = await freePort();
    if (!existsSync(path.join(repoRoot, 'apps/web/.next/BUILD_ID'))) {
      throw new Error(
        'No production build of the web app: turbo builds it before test:e2e (npm run build -w @spendwise/web)',
      );
    }
    dataDir = await makeLocalTempDir('e2e-deploy-smoke-');
    stack = await startStack({
      // The web build has the default local ports baked in; only PostgreSQL can move.
      ports: { ...DEFAULT_PORTS, postgres: await freePort() },
      dataDir,
      persistent: false,
      api: 'start',
      web: 'start',
      // The web app as the HTTPS terminators serve it.
      extraCorsOrigins: [`https://${APP}:${ports.app}`, `https://${APP}:${ports.mixedApp}`],
      log: (service, line) => /error|fatal/i.test(line) && console.log(`[${service}] ${line}`),
    });
  });

  after(async () => {
    await Promise.all(terminators.map((terminator) => terminator.stop()));
    await stack?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('API ready, then sign-up → /confirm-signup?email= → admin confirm → dashboard calling the API', async () => {
    const { code, output } = await runDeployScript('smoke.sh', smokeArgs(stack.urls.api), {
      env: smokeEnv(),
      timeoutMs: 400_000,
    });
    assert.equal(code, 0, tail(output, 60));
    assert.match(output, new RegExp(`API ready: ${stack.urls.api}/health/ready answered 200`));
    assert.match(output, /1 passed/);
    assert.match(output, /sign-up → confirm-signup → dashboard works/);
  });

  test('an API that does not answer fails the smoke check with the URL and without starting the browser', async () => {
    const closedPort = await freePort();
    const { code, output } = await runDeployScript('smoke.sh', smokeArgs(`http://127.0.0.1:${closedPort}`), {
      env: { ...smokeEnv(), HEALTH_TIMEOUT_SECONDS: '3' },
      timeoutMs: 60_000,
    });
    assert.equal(code, 1, tail(output));
    assert.match(
      output,
      new RegExp(`the API is not ready: http://127\\.0\\.0\\.1:${closedPort}/health/ready`),
    );
    assert.doesNotMatch(output, /playwright test/);
  });

  /** smoke.sh as it would check an environment served at https://APP and `apiUrl` (names resolved locally). */
  const smokeOverHttps = (apiUrl, webUrl, env) =>
    runDeployScript(
      'smoke.sh',
      [
        '--api-url',
        apiUrl,
        '--web-url',
        webUrl,
        '--user-pool-id',
        LOCAL_COGNITO.userPoolId,
        '--region',
        LOCAL_COGNITO.region,
      ],
      {
        env: {
          ...smokeEnv(),
          SMOKE_RESOLVE: [APP, API]
            .flatMap((host) => Object.values(ports).map((port) => `${host}:${port}:127.0.0.1`))
            .join(','),
          ...env,
        },
        timeoutMs: 400_000,
      },
    );

  describe('through HTTPS on public names, a TLS terminator with a test CA standing in for CloudFront', () => {
    before(async () => {
      const dir = path.join(dataDir, 'tls');
      tls = makeTestCertificates(dir, [APP, API]);
      trustingHome = homeTrusting(path.join(dir, 'home'), tls.caFile);
      const local = (port) => `http://127.0.0.1:${port}`;
      terminators.push(
        // The web app built for an API at https://API: the production build with that API URL.
        await startTerminator({
          port: ports.app,
          target: local(DEFAULT_PORTS.web),
          tls,
          replace: [stack.urls.api, `https://${API}:${ports.api}`],
        }),
        await startTerminator({ port: ports.api, target: local(DEFAULT_PORTS.api), tls }),
        // The misconfiguration the issue found: an HTTPS web app calling a plain-HTTP API.
        await startTerminator({
          port: ports.mixedApp,
          target: local(DEFAULT_PORTS.web),
          tls,
          replace: [stack.urls.api, `http://${API}:${ports.plainApi}`],
        }),
        await startTerminator({ port: ports.plainApi, target: local(DEFAULT_PORTS.api) }),
      );
    });

    test('sign-up → dashboard passes with the API on https, zero mixed-content or certificate errors', async () => {
      const { code, output } = await smokeOverHttps(
        `https://${API}:${ports.api}`,
        `https://${APP}:${ports.app}`,
        {
          HOME: trustingHome,
          CURL_CA_BUNDLE: tls.caFile,
        },
      );
      assert.equal(code, 0, tail(output, 60));
      assert.match(
        output,
        new RegExp(`API ready: https://${API.replace(/\./g, '\\.')}:${ports.api}/health/ready answered 200`),
      );
      assert.match(output, /1 passed/);
      assert.ok(terminators[0].replaced() > 0, 'the web app was served with the https API URL');
    });

    test('an HTTPS web app calling a plain-HTTP API fails: the browser blocks it as mixed content', async () => {
      const { code, output } = await smokeOverHttps(
        `http://${API}:${ports.plainApi}`,
        `https://${APP}:${ports.mixedApp}`,
        {
          HOME: trustingHome,
        },
      );
      assert.equal(code, 1, tail(output, 60));
      assert.match(
        output,
        /API ready: http:\/\/api\.spendwise\.test/,
        'the health check alone cannot see it',
      );
      assert.match(output, /Mixed Content/);
    });

    test('a certificate from a CA nobody trusts fails the health check and the browser', async () => {
      const untrusted = path.join(dataDir, 'tls', 'untrusting-home');
      mkdirSync(untrusted, { recursive: true });
      const curl = await smokeOverHttps(`https://${API}:${ports.api}`, `https://${APP}:${ports.app}`, {
        HOME: untrusted,
        HEALTH_TIMEOUT_SECONDS: '3',
      });
      assert.equal(curl.code, 1, tail(curl.output));
      assert.match(curl.output, /the API is not ready: https:\/\/api\.spendwise\.test/);

      const browser = await smokeOverHttps(`https://${API}:${ports.api}`, `https://${APP}:${ports.app}`, {
        HOME: untrusted,
        CURL_CA_BUNDLE: tls.caFile,
      });
      assert.equal(browser.code, 1, tail(browser.output, 60));
      assert.match(browser.output, /ERR_CERT_AUTHORITY_INVALID/);
    });
  });
});
