/**
 * One real PostgreSQL for the whole run (initdb costs ~1.5 s; each suite then makes its own databases on it).
 * Torn down after the run, also when suites fail.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { freePort, makeLocalTempDir } from '@spendwise/devkit';
import { startPostgres } from '@spendwise/devkit/postgres';
import { type TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the server's `postgres` database, for creating and inspecting test databases. */
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await makeLocalTempDir('test-db-');
  const server = await startPostgres({
    dataDir: path.join(dir, 'data'),
    port: await freePort(),
    persistent: false,
  });
  project.provide('postgresAdminUrl', server.url('postgres'));
  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
