/**
 * Starts SpendWise locally in dependency order — PostgreSQL, migrations, the Cognito emulator, the API, the
 * web app — each only after what it needs is healthy. Used by `npm run dev` and by the end-to-end suites.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startCognitoEmulator } from '@spendwise/cognito-emulator';
import { migrateDeploy } from '@spendwise/db/cli';
import { apiEnv, portEnvVar, webEnv } from './config.js';
import { assertPortFree, FatalWaitError, httpOk, repoRoot, startProcess, waitFor } from '@spendwise/devkit';
import { startPostgres } from '@spendwise/devkit/postgres';

const DATABASE = 'spendwise';
const APP_STOP_GRACE_MS = 4_000;
// Amplify warns on every server render that a custom (emulator) endpoint is configured; locally that is the point.
const AMPLIFY_ENDPOINT_WARNING = /using a custom Amazon (Amazon )?Cognito User Pool endpoint/;

/**
 * @param {{
 *   ports: { web: number, api: number, cognito: number, postgres: number },
 *   dataDir: string,
 *   persistent?: boolean,
 *   api?: 'dev' | 'start' | false,
 *   web?: 'dev' | 'start' | false,
 *   nodeEnv?: string,
 *   extraCorsOrigins?: string[],
 *   log?: (service: string, line: string) => void,
 *   signal?: AbortSignal,
 * }} options
 */
export async function startStack({
  ports,
  dataDir,
  persistent = true,
  api = 'dev',
  web = 'dev',
  extraCorsOrigins = [],
  log = (service, line) => console.log(`[${service}] ${line}`),
  signal,
}) {
  const wanted = { postgres: true, cognito: true, api: Boolean(api), web: Boolean(web) };
  for (const [service, on] of Object.entries(wanted)) {
    if (on) await assertPortFree(ports[service], service, portEnvVar(service));
  }

  // Apps first and together (turbo force-kills `npm run dev` a few seconds after Ctrl-C), then the services.
  const apps = [];
  const services = [];
  const stopAll = async () => {
    const report = (error) => log('stack', `stop failed: ${error.message}`);
    await Promise.all(apps.splice(0).map((app) => app.stop(APP_STOP_GRACE_MS).catch(report)));
    for (const service of services.splice(0).reverse()) await service.stop().catch(report);
  };
  // Ctrl-C during start-up: stop what is already running; the step in progress then fails and start-up ends.
  signal?.addEventListener('abort', () => void stopAll(), { once: true });
  const checkpoint = () => {
    if (signal?.aborted) throw new Error('start-up cancelled');
  };

  try {
    const postgres = await startPostgres({
      dataDir: path.join(dataDir, 'postgres'),
      port: ports.postgres,
      persistent,
      log: (line) => /ERROR|FATAL|PANIC/.test(line) && log('postgres', line),
    });
    services.push(postgres);
    checkpoint();
    await postgres.createDatabase(DATABASE);
    const databaseUrl = postgres.url(DATABASE);
    await migrateDeploy(databaseUrl);
    const rates = await importShippedRates(databaseUrl);
    log('postgres', `ready on 127.0.0.1:${ports.postgres}, migrations applied, exchange rates: ${rates}`);

    const cognito = await startCognitoEmulator({
      port: ports.cognito,
      dataDir: path.join(dataDir, 'cognito'),
      log: (line) => log('cognito', line),
    });
    services.push(cognito);
    checkpoint();

    const urls = {
      web: `http://localhost:${ports.web}`,
      api: `http://localhost:${ports.api}`,
      cognito: cognito.endpoint,
      databaseUrl,
    };

    let apiProcess;
    const startApi = async () => {
      apiProcess = startProcess({
        name: 'api',
        command: process.execPath,
        args: api === 'dev' ? ['scripts/dev.mjs'] : ['dist/main.js'],
        cwd: path.join(repoRoot, 'apps/api'),
        env: { ...process.env, ...apiEnv({ ports, databaseUrl, extraCorsOrigins }) },
        log: (line) => log('api', line),
      });
      await waitUntilHealthy('API', `${urls.api}/health/ready`, apiProcess, api === 'dev' ? 120_000 : 30_000);
    };
    const stopApi = async (graceMs) => apiProcess?.stop(graceMs);
    if (api) {
      apps.push({ stop: (graceMs) => stopApi(graceMs) });
      await startApi();
      checkpoint();
    }

    if (web) {
      const webProcess = startProcess({
        name: 'web',
        command: process.execPath,
        args: [path.join(repoRoot, 'node_modules/next/dist/bin/next'), web, '--port', String(ports.web)],
        cwd: path.join(repoRoot, 'apps/web'),
        env: { ...process.env, ...webEnv({ ports }), NODE_ENV: web === 'dev' ? 'development' : 'production' },
        log: (line) => AMPLIFY_ENDPOINT_WARNING.test(line) || log('web', line),
      });
      apps.push(webProcess);
      await waitUntilHealthy('Web app', urls.web, webProcess, web === 'dev' ? 120_000 : 30_000);
      checkpoint();
    }

    return { urls, ports, postgres, cognito, startApi, stopApi, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function waitUntilHealthy(what, url, child, timeoutMs) {
  await waitFor(
    `${what} at ${url}`,
    async () => {
      if (!child.running) throw new FatalWaitError(`${what} exited during start-up (its output is above)`);
      return httpOk(url);
    },
    { timeoutMs, intervalMs: 500 },
  );
}

/**
 * Loads the ECB rates file kept in the repository (packages/db/rates) with the same command the backend image runs
 * (`node dist/rates/cli.js FILE`), so local conversions have rates and the command is exercised on every start.
 * Idempotent: a restart with a persistent database adds nothing. Returns the command's one-line summary.
 */
export async function importShippedRates(databaseUrl) {
  const dbDir = path.dirname(path.dirname(fileURLToPath(import.meta.resolve('@spendwise/db'))));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(dbDir, 'dist/rates/cli.js'), path.join(dbDir, 'rates/sample-eurofxref-hist.xml')],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 60_000 },
  ).catch((error) => {
    throw new Error(`Importing the shipped exchange rates failed: ${(error.stderr || error.message).trim()}`);
  });
  return stdout.trim();
}
