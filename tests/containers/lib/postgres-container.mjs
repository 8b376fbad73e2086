/**
 * PostgreSQL in a container (the `postgres:17-trixie` image or its offline stand-in) as the suites' database: the
 * `spendwise` user and database, on the given network, resolved once it answers over TCP (during first-start
 * initialisation the server listens on its Unix socket only).
 */
import { waitFor } from '@spendwise/devkit';
import { docker } from './docker.mjs';

const IMAGE = 'postgres:17-trixie';

/**
 * @param {{ name: string, network: string, password: string, alias?: string,
 *   tlsSourceDir?: string }} options tlsSourceDir: a folder holding `server.pem` and `server.key` (devkit's
 *   createTestCa); with it the server serves TLS with that certificate.
 */
export async function startPostgresContainer({ name, network, password, alias, tlsSourceDir }) {
  const args = ['run', '--detach', '--name', name, '--network', network];
  if (alias) args.push('--network-alias', alias);
  for (const variable of [
    'POSTGRES_USER=spendwise',
    `POSTGRES_PASSWORD=${password}`,
    'POSTGRES_DB=spendwise',
  ]) {
    args.push('--env', variable);
  }
  if (tlsSourceDir) {
    // The key must belong to the server's OS user with mode 0600: copied in before the image's entrypoint runs.
    args.push(
      '--volume',
      `${tlsSourceDir}:/run/tls-source:ro`,
      '--entrypoint',
      'bash',
      IMAGE,
      '-c',
      'install -o postgres -g postgres -m 600 /run/tls-source/server.key /run/server.key' +
        ' && install -m 644 /run/tls-source/server.pem /run/server.pem' +
        ' && exec docker-entrypoint.sh postgres -c ssl=on -c ssl_cert_file=/run/server.pem' +
        ' -c ssl_key_file=/run/server.key',
    );
  } else {
    args.push(IMAGE);
  }
  await docker(args);
  await waitFor(
    tlsSourceDir ? 'PostgreSQL with TLS' : 'PostgreSQL',
    () => docker(['exec', name, 'pg_isready', '--host=127.0.0.1', '--username=spendwise']).then(() => true),
    { timeoutMs: 60_000, intervalMs: 500 },
  );
}
