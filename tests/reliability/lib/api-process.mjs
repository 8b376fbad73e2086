/**
 * The API as it ships: `node apps/api/dist/main.js` in a child process, its output appended to a log file the
 * secrets check reads later.
 */
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { freePort, waitFor } from '@spendwise/local-stack';
import { logDir, repoRoot, runDir } from './run-files.mjs';

export const API_DIR = path.join(repoRoot, 'apps/api');
// A copy of the build for this run, so a rebuild of apps/api during the run (turbo, a developer's watch) cannot
// pull dist/ from under the API processes the suites start. It lives inside apps/api (its git-ignored .local/),
// like dist/, so it resolves the API's own dependencies: npm nests some under apps/api/node_modules when the root
// holds another major version.
export const apiSnapshotDir = () => path.join(API_DIR, '.local/reliability', path.basename(runDir()));
export const apiEntry = () => path.join(apiSnapshotDir(), 'main.js');

/** Waits (bounded) for apps/api/dist to exist, then snapshots it for this run. */
export async function snapshotApiBuild() {
  const built = path.join(API_DIR, 'dist');
  await waitFor(
    'the API build (npm run build -w @spendwise/api)',
    () => existsSync(path.join(built, 'main.js')),
    {
      timeoutMs: 120_000,
      intervalMs: 500,
    },
  );
  rmSync(apiSnapshotDir(), { recursive: true, force: true });
  cpSync(built, apiSnapshotDir(), { recursive: true });
}
export const LOCAL_COGNITO = {
  userPoolId: 'us-east-1_LocalDev01',
  clientId: 'spendwiselocalwebclient001',
  otherClientId: 'spendwiselocalotherclient1',
  issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_LocalDev01',
};

export const SESSION_CHECK_SECONDS = 1;

/** Local emulator mode with limits high enough not to interfere; suites override what they test. */
function baseEnv({ port, databaseUrl, cognitoEndpoint }) {
  return {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    COGNITO_USER_POOL_ID: LOCAL_COGNITO.userPoolId,
    COGNITO_CLIENT_ID: LOCAL_COGNITO.clientId,
    AUTH_LOCAL_EMULATOR: 'true',
    COGNITO_ENDPOINT: cognitoEndpoint,
    CORS_ORIGINS: 'http://localhost:3000',
    RATE_LIMIT_PER_IP: '1000000',
    RATE_LIMIT_PER_USER: '1000000',
    // The API re-asks Cognito whether a token's session is alive at most this often (default 60 s); one second
    // keeps the "deleted user" checks quick while still exercising the cached path.
    SESSION_CHECK_SECONDS: String(SESSION_CHECK_SECONDS),
    LOG_LEVEL: 'info',
    // Budget alert emails are printed in the log, never sent.
    MAIL_TRANSPORT: 'log',
  };
}

/**
 * Starts the API on a free port and resolves once /health/ready is 200.
 * @param {{ name: string, databaseUrl: string, cognitoEndpoint: string, env?: Record<string, string> }} options
 */
export async function startApi({ name, databaseUrl, cognitoEndpoint, env = {} }) {
  const port = await freePort();
  const logFile = path.join(logDir(), `api-${name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [apiEntry()], {
    cwd: API_DIR,
    // Only what the API should see: nothing leaks in from the shell running the suites.
    env: { PATH: process.env.PATH, ...baseEnv({ port, databaseUrl, cognitoEndpoint }), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (text) => {
      output += text;
      log.write(text);
    });
  }
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      log.end();
      resolve({ code, signal });
    }),
  );
  const api = {
    url: `http://127.0.0.1:${port}`,
    child,
    logFile,
    exited,
    output: () => output,
    /** SIGTERM, then SIGKILL after `graceMs`; resolves with how it ended. */
    async stop(graceMs = 10_000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      return exited;
    },
  };
  try {
    await waitFor(
      `API ${name} on port ${port}`,
      async () => {
        if (child.exitCode !== null) throw new Error(`API ${name} exited during start-up:\n${output}`);
        const response = await fetch(`${api.url}/health/ready`, { signal: AbortSignal.timeout(2_000) });
        return response.ok;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
  } catch (error) {
    await api.stop();
    throw error;
  }
  return api;
}
