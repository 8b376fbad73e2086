/**
 * Once per run, before the test files: a throwaway PostgreSQL with the migrations applied and the Cognito
 * emulator (both from the local stack), and one shared API process (dist/, what ships). Fault and shutdown suites
 * start their own API processes against the same database. Everything is stopped in the teardown.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { freePort, startStack } from '@spendwise/local-stack';
import { apiSnapshotDir, snapshotApiBuild, startApi } from '../lib/api-process.mjs';
import { CONFIRMATION_CODE } from '../lib/cognito.mjs';
import { readFigures, startRunFolder, writeStack } from '../lib/run-files.mjs';
import { printTotals } from '../lib/totals.mjs';

let stack;
let api;

export async function globalSetup() {
  const started = Date.now();
  const runDir = startRunFolder();
  const dataDir = path.join(runDir, 'stack');
  await snapshotApiBuild();
  // Every sign-up gets this code, so suites confirm users the way people do.
  process.env.COGNITO_FIXED_CODE = CONFIRMATION_CODE;
  const stackLog = [];
  stack = await startStack({
    ports: { postgres: await freePort(), cognito: await freePort(), api: 0, web: 0 },
    dataDir,
    persistent: false,
    api: false,
    web: false,
    log: (service, line) => stackLog.push(`[${service}] ${line}`),
  });
  // The shared API's own temp dir, where it spools uploads: the hostile-file suite checks it is left empty.
  const apiTmpDir = path.join(dataDir, 'api-tmp');
  await mkdir(apiTmpDir);
  try {
    api = await startApi({
      name: 'shared',
      databaseUrl: stack.urls.databaseUrl,
      cognitoEndpoint: stack.urls.cognito,
      env: { TMPDIR: apiTmpDir },
    });
  } catch (error) {
    await stack.stop();
    throw new Error(`${error.message}\n${stackLog.join('\n')}`);
  }
  writeStack({
    databaseUrl: stack.urls.databaseUrl,
    cognitoEndpoint: stack.urls.cognito,
    cognitoSigningKeyFile: stack.cognito.signingKeyFile,
    apiUrl: api.url,
    apiLog: api.logFile,
    apiTmpDir,
    postgresPort: stack.ports.postgres,
  });
  console.log(`[reliability] stack ready in ${Date.now() - started} ms (run folder: ${runDir})`);
}

export async function globalTeardown() {
  try {
    await api?.stop();
  } finally {
    await stack?.stop();
  }
  printTotals(readFigures());
  // Logs and figures stay for inspection; the database and the API copy are large and go.
  const runDir = process.env.RELIABILITY_RUN_DIR;
  if (runDir) {
    await rm(path.join(runDir, 'stack'), { recursive: true, force: true });
    await rm(apiSnapshotDir(), { recursive: true, force: true });
  }
}
