/**
 * The Docker and Compose command lines the suite drives, each call bounded in time.
 *
 * Builds go through Debian's docker.io client (/usr/bin/docker): it has BuildKit built in, whereas a newer
 * standalone CLI needs the buildx plugin for BuildKit, which these machines lack. `DOCKER_CLI` overrides it.
 */
import { existsSync } from 'node:fs';
import { runCommand } from '@spendwise/devkit';

export const DEBIAN_DOCKER_CLI = '/usr/bin/docker';
// docker-compose 1.29, what these machines have: the suite reads its `config` output format.
export const COMPOSE_CLI = process.env.COMPOSE_CLI ?? 'docker-compose';

/**
 * The Docker CLI to run, decided at each call rather than when this module loads: on a fresh machine the suite
 * installs docker.io after loading it, and a choice made before that picked a standalone CLI without buildx.
 */
export function dockerCli() {
  return process.env.DOCKER_CLI ?? (existsSync(DEBIAN_DOCKER_CLI) ? DEBIAN_DOCKER_CLI : 'docker');
}

/** `docker <args>`; resolves with its output, rejects with a CommandError. */
export function docker(args, { timeoutMs = 60_000, ...options } = {}) {
  return runCommand(dockerCli(), args, { timeoutMs, ...options });
}

/** The parsed `docker image inspect` of `ref`, or null when there is no such image. */
export async function inspectImage(ref) {
  try {
    const { stdout } = await docker(['image', 'inspect', ref]);
    return JSON.parse(stdout)[0];
  } catch (error) {
    if (/No such image/i.test(error.message)) return null;
    throw error;
  }
}

/** The parsed `docker container inspect` of `name`. */
export async function inspectContainer(name) {
  const { stdout } = await docker(['container', 'inspect', name]);
  return JSON.parse(stdout)[0];
}

/**
 * `docker build` with BuildKit (cache mounts, target stages, secrets). The CA bundle Node is told to trust
 * (NODE_EXTRA_CA_CERTS, e.g. for a TLS-intercepting proxy in front of the npm registry) is handed to the
 * Dockerfile's npm steps as the build secret `extra_ca_certs`, never as a file in the image.
 * @param {{ context: string, tag: string, target?: string, dockerfile?: string,
 *   buildArgs?: Record<string, string>, labels?: Record<string, string>, timeoutMs: number,
 *   onOutput?: (chunk: string) => void }} options
 */
export function buildImage({
  context,
  tag,
  target,
  dockerfile,
  buildArgs = {},
  labels = {},
  timeoutMs,
  onOutput,
}) {
  const args = ['build', '--tag', tag, '--progress', 'plain'];
  if (target) args.push('--target', target);
  if (dockerfile) args.push('--file', dockerfile);
  for (const [name, value] of Object.entries(buildArgs)) args.push('--build-arg', `${name}=${value}`);
  for (const [name, value] of Object.entries(labels)) args.push('--label', `${name}=${value}`);
  const extraCa = process.env.NODE_EXTRA_CA_CERTS;
  if (extraCa && existsSync(extraCa)) args.push('--secret', `id=extra_ca_certs,src=${extraCa}`);
  args.push(context);
  return docker(args, { timeoutMs, onOutput, env: { ...process.env, DOCKER_BUILDKIT: '1' } });
}

/** Removes containers, networks and volumes by name; names that do not exist are not an error. */
export async function removeQuietly(kind, names) {
  if (names.length === 0) return;
  const verb = {
    container: ['rm', '--force', '--volumes'],
    network: ['network', 'rm'],
    volume: ['volume', 'rm'],
  };
  await docker([...verb[kind], ...names]).catch((error) => {
    if (!/No such|not found/i.test(error.message)) throw error;
  });
}
