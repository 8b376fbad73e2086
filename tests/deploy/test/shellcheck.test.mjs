// The deploy scripts pass shellcheck (its whole default rule set, following the sourced libraries).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DEPLOY_DIR } from '../lib/deploy-scripts.mjs';

test('scripts/deploy is shellcheck clean', () => {
  const files = [
    ...readdirSync(DEPLOY_DIR).filter((name) => name.endsWith('.sh')),
    ...readdirSync(path.join(DEPLOY_DIR, 'lib')).map((name) => path.join('lib', name)),
  ];
  const result = spawnSync('shellcheck', files, { cwd: DEPLOY_DIR, encoding: 'utf8', timeout: 60_000 });
  if (result.error?.code === 'ENOENT') {
    assert.fail('shellcheck is not installed: apt-get install -y --no-install-recommends shellcheck');
  }
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
