/**
 * `npm run db:migrate | db:status | db:seed | db:studio`: Prisma and the demo seed against the database of the
 * running `npm run dev`, so nobody types (or pastes into their shell history) its URL. Output never shows the
 * password.
 */
import { LOCAL_DB_PASSWORD, localDatabaseUrl } from '@spendwise/devkit';
import { runPrismaCli, runPrismaCliInteractive } from '@spendwise/db/cli';
import { readDevState } from './dev-state.js';
import { DEMO_USER, seedDemo } from './seed-demo.js';

const PRISMA_ARGS = {
  // `migrate dev` applies pending migrations and, after a schema change, writes the new one (`-- --name <what>`).
  migrate: ['migrate', 'dev'],
  status: ['migrate', 'status'],
};

/** Runs `command` (migrate, status, seed); resolves to the exit code. */
export async function runDbCommand(command, args, { print = console.log, state = readDevState() } = {}) {
  const databaseUrl = localDatabaseUrl(state.ports.postgres);
  if (command === 'seed') {
    await seedDemo({ urls: { cognito: `http://127.0.0.1:${state.ports.cognito}`, databaseUrl } });
    print(`demo user ready: ${DEMO_USER.email} / ${DEMO_USER.password}`);
    return 0;
  }
  // Prisma Studio serves its UI and data from this machine (no network needed) until Ctrl-C.
  if (command === 'studio') return runPrismaCliInteractive(['studio', ...args], { databaseUrl });
  const prismaArgs = PRISMA_ARGS[command];
  if (!prismaArgs) throw new Error(`Unknown db command "${command}": use migrate, status, seed or studio.`);
  const { code, stdout, stderr } = await runPrismaCli([...prismaArgs, ...args], { databaseUrl });
  for (const output of [stderr, stdout]) {
    const text = output.replaceAll(LOCAL_DB_PASSWORD, '***').trimEnd();
    if (text) print(text);
  }
  return code ?? 1;
}
