// scripts/deploy/smoke.sh against a running SpendWise: the local stack (web production build, API, PostgreSQL,
// Cognito emulator) stands in for a deployed environment. The admin-confirm step goes through the real AWS CLI to
// the emulator (AWS_ENDPOINT_URL), exactly as it goes to Cognito when CI runs the check.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LOCAL_COGNITO } from '@spendwise/cognito-emulator';
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

  before(async () => {
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
      log: (service, line) => /error|fatal/i.test(line) && console.log(`[${service}] ${line}`),
    });
  });

  after(async () => {
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
});
