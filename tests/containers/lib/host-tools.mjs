/**
 * The host programs the suite needs. A fresh CI machine (Debian, root, Debian's archive reachable) gets the
 * missing ones from Debian's archive; anywhere else the suite stops and names what to install.
 */
import { existsSync } from 'node:fs';
import { run } from './run.mjs';

// Debian package → a file it installs that the suite runs.
const REQUIRED = {
  'docker.io': ['/usr/sbin/dockerd', '/usr/bin/docker'],
  'docker-compose': ['/usr/bin/docker-compose'],
  debootstrap: ['/usr/sbin/debootstrap'],
};

export function missingHostPackages() {
  return Object.entries(REQUIRED)
    .filter(([, files]) => !files.every((file) => existsSync(file)))
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
