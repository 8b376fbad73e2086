/**
 * Compiles the API's current source into apps/api/.local/benchmark-build (git-, prettier- and eslint-ignored
 * scratch) with the API's build config. The benchmark runs that private copy, so a teammate's concurrent
 * `npm run build -w @spendwise/api` (which empties apps/api/dist first) cannot pull files out from under a run.
 * It lives inside apps/api so that it resolves the API's own dependencies (apps/api/node_modules) exactly as
 * apps/api/dist does, not whatever version npm hoisted to the root.
 */
import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@spendwise/devkit';

export const API_BUILD_DIR = path.join(repoRoot, 'apps/api/.local/benchmark-build');

export async function buildApi() {
  await rm(API_BUILD_DIR, { recursive: true, force: true });
  await promisify(execFile)(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/typescript/bin/tsc'),
      '-p',
      path.join(repoRoot, 'apps/api/tsconfig.build.json'),
      '--outDir',
      API_BUILD_DIR,
      '--sourceMap',
      'false',
    ],
    { cwd: repoRoot, timeout: 300_000 },
  );
  // The API compiles to CommonJS; this package is ESM, so the copy needs its own marker.
  await writeFile(path.join(API_BUILD_DIR, 'package.json'), '{ "type": "commonjs" }\n');
  return API_BUILD_DIR;
}
