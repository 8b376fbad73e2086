import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root, wherever the command was started from. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the dev stack keeps state between runs (git-ignored). `SPENDWISE_DATA_DIR` moves it. */
export function localDataDir(...parts) {
  return path.join(process.env.SPENDWISE_DATA_DIR ?? path.join(repoRoot, '.local'), ...parts);
}
