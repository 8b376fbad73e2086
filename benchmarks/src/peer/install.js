/**
 * The peer (Actual Budget) is installed on demand, never by `npm ci`: its server and API at one pinned version go
 * into benchmarks/.local/peer (git-ignored), a standalone npm project outside the workspaces, so nothing of it
 * reaches every developer's install or the lockfile. The seeding reaches into its internal db handle, which is
 * why the version is exact.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@spendwise/devkit';

export const ACTUAL_VERSION = '26.9.0';
export const PEER_DIR = path.join(repoRoot, 'benchmarks/.local/peer');
const PACKAGES = ['@actual-app/sync-server', '@actual-app/api'];

/** The installed peer's own `require`, resolving from its folder. */
export const peerRequire = createRequire(path.join(PEER_DIR, 'package.json'));

/** Installs the pinned peer unless that exact version is already there and its native module loads. */
export async function ensurePeerInstalled(log) {
  if (await installed()) return;
  log(
    `Peer: installing Actual Budget ${ACTUAL_VERSION} into ${path.relative(repoRoot, PEER_DIR)} (≈ 4 min, better-sqlite3 compiles)…`,
  );
  await mkdir(PEER_DIR, { recursive: true });
  const manifest = {
    name: 'spendwise-bench-peer',
    private: true,
    description: 'Actual Budget for `npm run bench -- --parts=peer`; installed on demand, never committed.',
    dependencies: Object.fromEntries(PACKAGES.map((name) => [name, ACTUAL_VERSION])),
    // Native modules: better-sqlite3 compiles (no reachable prebuild), the others load prebuilds they ship.
    allowScripts: { 'better-sqlite3': true, argon2: true, bcrypt: true },
  };
  await writeFile(path.join(PEER_DIR, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--workspaces=false'], {
    cwd: PEER_DIR,
    env: nodeEnv(),
  });
  if (!(await installed()))
    throw new Error(`the peer installed but better-sqlite3 does not load under Node ${process.version}`);
}

/**
 * The environment for npm and the peer's processes: this Node first on PATH, and its own headers for node-gyp.
 * The machine's npm config may set `nodedir` to an older Node's headers; better-sqlite3 (no reachable prebuild)
 * would then compile for the wrong ABI and fail at load with NODE_MODULE_VERSION.
 */
export function nodeEnv() {
  const nodeDir = path.dirname(path.dirname(process.execPath));
  const headers = existsSync(path.join(nodeDir, 'include/node/node.h'));
  return {
    ...process.env,
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
    ...(headers && { npm_config_nodedir: nodeDir }),
  };
}

async function installed() {
  for (const name of PACKAGES) {
    const manifest = path.join(PEER_DIR, 'node_modules', name, 'package.json');
    if (!existsSync(manifest) || JSON.parse(readFileSync(manifest, 'utf8')).version !== ACTUAL_VERSION)
      return false;
  }
  // The native module must load in this Node (a half-finished or wrong-ABI build does not).
  return promisify(execFile)(process.execPath, ['-e', "require('better-sqlite3')(':memory:').close()"], {
    cwd: path.join(PEER_DIR, 'node_modules/@actual-app/sync-server'),
  }).then(
    () => true,
    () => false,
  );
}

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}
