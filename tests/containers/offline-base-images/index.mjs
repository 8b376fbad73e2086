/**
 * Base images for machines that cannot pull from Docker Hub (this one: only the npm registry and Debian's
 * archive are reachable). For every image a `FROM` line or the compose file names, in order:
 *   1. a real (pulled) image already present is used as is;
 *   2. otherwise `docker pull` is tried, so wherever the registry is reachable the real image wins;
 *   3. only if that fails is a stand-in built here from Debian's archive and the npm registry and tagged with
 *      the exact name. Stand-ins carry a label, so step 2 replaces them as soon as pulling works.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildImage, docker, inspectImage } from '../lib/docker.mjs';
import { secondsSince } from '../lib/timing.mjs';
import { debianRootfsTarball } from './debian-rootfs.mjs';
import { addNodeDistribution, nodeDistributionVersion } from './node-distribution.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const STAND_IN_LABEL = 'org.spendwise.offline-stand-in';
const PULL_TIMEOUT_MS = 300_000;
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The images a stand-in exists for: name → Debian suite (+ packages baked into the root filesystem) and recipe. */
const STAND_INS = {
  'node:24-bookworm-slim': {
    suite: 'bookworm',
    include: [],
    recipe: 'node',
    addToContext: addNodeDistribution,
    contentVersion: nodeDistributionVersion,
  },
  'postgres:17-trixie': { suite: 'trixie', include: ['postgresql-17'], recipe: 'postgres' },
};

/** A hash of the recipe folder and what it packs in: a stand-in built from an older recipe is rebuilt. */
function recipeHash(standIn) {
  const dir = path.join(HERE, standIn.recipe);
  const hash = createHash('sha256').update(standIn.contentVersion?.() ?? '');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(path.join(dir, file)));
  return hash.digest('hex').slice(0, 16);
}

async function pulled(name) {
  try {
    await docker(['pull', name], { timeoutMs: PULL_TIMEOUT_MS });
    return true;
  } catch {
    return false;
  }
}

/** Imports the cached root filesystem as `spendwise-offline/debian:<name>` (a local-only name). */
async function importRootfs({ suite, include }, { cacheDir, log }) {
  const tag = `spendwise-offline/debian:${[`${suite}-minbase`, ...include].join('-')}`;
  if (await inspectImage(tag)) return tag;
  const tarball = await debianRootfsTarball({ suite, include, cacheDir: path.join(cacheDir, 'rootfs'), log });
  await docker(['import', '--change', `ENV PATH=${DEFAULT_PATH}`, '--change', 'CMD ["bash"]', tarball, tag], {
    timeoutMs: 300_000,
  });
  return tag;
}

async function buildStandIn(name, standIn, hash, { cacheDir, log }) {
  const started = performance.now();
  const rootfsImage = await importRootfs(standIn, { cacheDir, log });
  const contextDir = path.join(cacheDir, 'context', standIn.recipe);
  rmSync(contextDir, { recursive: true, force: true });
  mkdirSync(contextDir, { recursive: true });
  try {
    cpSync(path.join(HERE, standIn.recipe), contextDir, { recursive: true });
    const extraArgs = standIn.addToContext
      ? await standIn.addToContext({ contextDir, downloadDir: path.join(cacheDir, 'downloads') })
      : {};
    await buildImage({
      context: contextDir,
      tag: name,
      buildArgs: { DEBIAN_ROOTFS_IMAGE: rootfsImage, ...extraArgs },
      labels: { [STAND_IN_LABEL]: hash },
      timeoutMs: 600_000,
    });
  } finally {
    rmSync(contextDir, { recursive: true, force: true });
  }
  log(`${name}: stand-in built in ${secondsSince(started)}s`);
}

/** One image: present → pulled → stand-in (reused while its recipe is unchanged, else built). */
async function ensureBaseImage(name, { cacheDir, log }) {
  const existing = await inspectImage(name);
  const standInHash = existing?.Config?.Labels?.[STAND_IN_LABEL];
  if (existing && !standInHash) return log(`${name}: present`);
  if (await pulled(name)) return log(`${name}: pulled from the registry`);

  const standIn = STAND_INS[name];
  if (!standIn) {
    throw new Error(
      `${name} cannot be pulled and has no offline stand-in: add one in tests/containers/offline-base-images`,
    );
  }
  const hash = recipeHash(standIn);
  if (standInHash === hash) return log(`${name}: registry unreachable; using the stand-in built earlier`);
  log(`${name}: registry unreachable; building a stand-in`);
  await buildStandIn(name, standIn, hash, { cacheDir, log });
}

/**
 * Makes every image in `names` available locally (see the module comment for the order of preference), all at
 * once: a first run spends most of its time downloading from Debian's archive.
 * @param {string[]} names
 * @param {{ cacheDir: string, log: (line: string) => void }} options
 */
export async function ensureBaseImages(names, { cacheDir, log }) {
  await Promise.all(names.map((name) => ensureBaseImage(name, { cacheDir, log })));
}
