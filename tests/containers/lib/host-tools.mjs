/**
 * The host programs the suite needs. A fresh CI machine (Debian, root, Debian's archive reachable) gets the
 * missing ones from Debian's archive; anywhere else the suite stops and names what to install.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { runCommand as run } from '@spendwise/devkit';
import { COMPOSE_CLI, DEBIAN_DOCKER_CLI } from './docker.mjs';

function onPath(command) {
  const candidates = command.includes('/')
    ? [command]
    : (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, command));
  return candidates.some((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

// Debian package → the commands of it the suite runs (whatever CLI DOCKER_CLI / COMPOSE_CLI name instead). The
// docker.io client is asked for by its path: another `docker` on PATH (a standalone CLI) cannot build here.
const REQUIRED = {
  'docker.io': ['dockerd', process.env.DOCKER_CLI ?? DEBIAN_DOCKER_CLI],
  'docker-compose': [COMPOSE_CLI],
  debootstrap: ['debootstrap'],
};

export function missingHostPackages() {
  return Object.entries(REQUIRED)
    .filter(([, commands]) => !commands.every(onPath))
    .map(([name]) => name);
}

/** Installs what is missing when running as root; otherwise throws with the exact apt-get line. */
export async function ensureHostPackages({ log }) {
  const missing = missingHostPackages();
  if (missing.length === 0) return;
  const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) throw new Error(`The container tests need: ${command}`);
  log(`installing ${missing.join(', ')} from Debian's archive`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-q'], { timeoutMs: 180_000, env });
  await run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], {
    timeoutMs: 600_000,
    env,
  });
}
