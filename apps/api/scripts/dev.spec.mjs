// `npm run dev` reloads the API when a shared contract changes: dev.mjs run for real in a throwaway tree shaped
// like the repository (apps/api beside packages/contracts), with a contract edited while it runs.
import { spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, it } from 'vitest';

const scriptsDir = path.dirname(fileURLToPath(import.meta.url));
const repoNodeModules = path.resolve(scriptsDir, '../../../node_modules');
const TSCONFIG = JSON.stringify({
  compilerOptions: {
    module: 'commonjs',
    target: 'es2022',
    rootDir: 'src',
    outDir: 'dist',
    declaration: true,
  },
  include: ['src'],
});

let root;
let dev;
let output = '';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'spendwise-dev-reload-'));
  const api = path.join(root, 'apps/api');
  const contracts = path.join(root, 'packages/contracts');
  await mkdir(path.join(api, 'scripts'), { recursive: true });
  await mkdir(path.join(api, 'src'), { recursive: true });
  await mkdir(path.join(contracts, 'src'), { recursive: true });
  await symlink(repoNodeModules, path.join(root, 'node_modules'));
  await copyFile(path.join(scriptsDir, 'dev.mjs'), path.join(api, 'scripts/dev.mjs'));
  await writeFile(path.join(api, 'tsconfig.build.json'), TSCONFIG);
  await writeFile(path.join(contracts, 'tsconfig.build.json'), TSCONFIG);
  await writeFile(path.join(contracts, 'src/index.ts'), 'export const LIMIT = 1;\n');
  // Built once before, as `npm run dev` builds the workspace's packages before starting their watchers.
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: contracts, stdio: 'inherit' });
  // The "API": prints the contract value it started with, then stays up like a server.
  await writeFile(
    path.join(api, 'src/main.ts'),
    "import { LIMIT } from '../../../packages/contracts/dist/index';\n" +
      'console.log(`started with LIMIT=${LIMIT}`);\nsetInterval(() => {}, 1000);\n',
  );
  dev = spawn(process.execPath, ['scripts/dev.mjs'], { cwd: api, stdio: ['ignore', 'pipe', 'pipe'] });
  dev.stdout.on('data', (chunk) => (output += chunk));
  dev.stderr.on('data', (chunk) => (output += chunk));
  // A bound, not a timing: one tsc build, which took over 30 s on a machine loaded to 30 runnable processes.
}, 120_000);

afterAll(async () => {
  if (dev && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev.once('exit', resolve));
    dev.kill('SIGTERM');
    await exited;
  }
  if (root) await rm(root, { recursive: true, force: true });
});

const waitFor = (text) => expect.poll(() => output, { timeout: 60_000, interval: 200 }).toContain(text);

it('restarts the API with the new value when a contract changes', { timeout: 150_000 }, async () => {
  await waitFor('started with LIMIT=1');
  await writeFile(path.join(root, 'packages/contracts/src/index.ts'), 'export const LIMIT = 2;\n');
  await waitFor('started with LIMIT=2');
  // Only errors reach the terminal: none of tsc's watch chatter.
  expect(output).not.toContain('Starting compilation');
});
