import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root, wherever the command was started from. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the dev stack keeps state between runs (git-ignored). `SPENDWISE_DATA_DIR` moves it. */
export function localDataDir(...parts) {
  return path.join(process.env.SPENDWISE_DATA_DIR ?? path.join(repoRoot, '.local'), ...parts);
}

/** A new, empty folder under the local data folder (git-ignored) for a test's throwaway state. */
export async function makeLocalTempDir(prefix) {
  await mkdir(localDataDir(), { recursive: true });
  return mkdtemp(localDataDir(prefix));
}
