export { startPostgres, LOCAL_DB_USER, LOCAL_DB_PASSWORD } from './postgres.js';
export { assertPortFree, FatalWaitError, freePort, httpOk, PortInUseError, waitFor } from './ports.js';
export { repoRoot, localDataDir } from './paths.js';
export { startProcess } from './processes.js';
