import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startStack } from '@spendwise/local-stack';
import { API_DIR, type ApiProcess, startApi } from './support/api-process';
import { globalTeardown } from './global-teardown';
import { CONFIRMATION_CODE } from './support/constants';

export interface E2eStack {
  stack: Awaited<ReturnType<typeof startStack>>;
  api: ApiProcess;
  dataDir: string;
  snapshotDir: string;
}

declare global {
  var __SPENDWISE_E2E__: E2eStack | undefined;
}

/**
 * Once for all suites: a throwaway PostgreSQL with the migrations applied, the Cognito emulator, and the built API
 * as a real process on free ports. Suites find them through E2E_* variables (test workers start after this and
 * inherit them); the returned teardown stops them.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  await buildIfStale();
  const snapshotDir = await snapshotBuild();
  process.env.E2E_API_ENTRY = path.join(snapshotDir, 'dist/main.js');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'spendwise-api-e2e-'));
  // Every sign-up in the suites gets this code, so they can confirm users the way people do.
  process.env.COGNITO_FIXED_CODE = CONFIRMATION_CODE;
  const stackLog: string[] = [];
  let stack: E2eStack['stack'] | undefined;
  try {
    stack = await startStack({
      ports: { postgres: await freePort(), cognito: await freePort(), api: 0, web: 0 },
      dataDir,
      persistent: false,
      api: false,
      web: false,
      log: (service, line) => stackLog.push(`[${service}] ${line}`),
    });
    const logFile = path.join(dataDir, 'api.log');
    // The API's own temp dir, so the import suite can see that every uploaded file is deleted (upload-spool.ts).
    const apiTmpDir = path.join(dataDir, 'api-tmp');
    await mkdir(apiTmpDir);
    const api = await startApi({
      databaseUrl: stack.urls.databaseUrl,
      cognitoEndpoint: stack.urls.cognito,
      logFile,
      env: { TMPDIR: apiTmpDir },
    });
    globalThis.__SPENDWISE_E2E__ = { stack, api, dataDir, snapshotDir };
    Object.assign(process.env, {
      E2E_API_URL: api.url,
      E2E_API_LOG: logFile,
      E2E_API_TMPDIR: apiTmpDir,
      E2E_DATABASE_URL: stack.urls.databaseUrl,
      E2E_COGNITO_ENDPOINT: stack.urls.cognito,
      E2E_COGNITO_SIGNING_KEY: stack.cognito.signingKeyFile,
    });
  } catch (error) {
    // No teardown runs when the setup fails: undo what was started here.
    await stack?.stop();
    await rm(dataDir, { recursive: true, force: true });
    await rm(snapshotDir, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}\n${stackLog.join('\n')}`);
  }
  return globalTeardown;
}

/**
 * A copy of dist/ for this run, so a rebuild during the run (turbo, a watch, another suite's build step) cannot pull
 * files from under the API processes. It lives under node_modules/.cache (git-ignored), where Node still resolves the
 * workspace's packages by walking up.
 */
async function snapshotBuild(): Promise<string> {
  const snapshot = path.join(API_DIR, 'node_modules/.cache/spendwise-api-e2e', String(process.pid));
  await rm(snapshot, { recursive: true, force: true });
  await cp(path.join(API_DIR, 'dist'), path.join(snapshot, 'dist'), { recursive: true });
  return snapshot;
}

/** The suites run dist/ (what ships); rebuild it when any source file is newer (turbo builds it first anyway). */
async function buildIfStale(): Promise<void> {
  const builtAt = await stat(path.join(API_DIR, 'dist/main.js')).then(
    (info) => info.mtimeMs,
    () => 0,
  );
  const sources = await readdir(path.join(API_DIR, 'src'), { recursive: true, withFileTypes: true });
  const newest = await Promise.all(
    sources.filter((entry) => entry.isFile()).map((entry) => stat(path.join(entry.parentPath, entry.name))),
  );
  if (newest.every((info) => info.mtimeMs <= builtAt)) return;
  const tsc = createRequire(__filename).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: API_DIR,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`API build failed:\n${result.stdout}${result.stderr}`);
}
