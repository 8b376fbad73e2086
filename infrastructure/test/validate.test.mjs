// terraform init -backend=false + validate for every module, environment and the bootstrap, offline against
// the provider mirror. Runs on a copy under .cache/ so no .terraform/ or lock files appear in the source tree.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';

import {
  CACHE_DIR,
  copyInfrastructure,
  INFRA_DIR,
  ROOT_DIRS,
  terraform,
  terraformEnv,
  TERRAFORM_DIRS,
} from './lib/terraform.mjs';

const copy = path.join(CACHE_DIR, `validate-${process.pid}`);
const env = terraformEnv();

test('terraform init -backend=false + validate', { timeout: 240_000, concurrency: 2 }, async (t) => {
  t.after(() => rmSync(copy, { recursive: true, force: true }));
  copyInfrastructure(copy);

  await Promise.all(
    TERRAFORM_DIRS.map((dir) =>
      t.test(dir, async () => {
        const cwd = path.join(copy, dir);
        // Root configurations must install exactly what their committed lock file records.
        const lockMode = ROOT_DIRS.includes(dir) ? ['-lockfile=readonly'] : [];
        await terraform(['init', '-backend=false', '-input=false', '-no-color', ...lockMode], {
          cwd,
          env,
          timeoutMs: 120_000,
          background: true,
        });
        const { stdout } = await terraform(['validate', '-json', '-no-color'], {
          cwd,
          env,
          timeoutMs: 120_000,
          okCodes: [0, 1],
          background: true,
        });
        const result = JSON.parse(stdout);
        const diagnostics = result.diagnostics.map(
          (d) =>
            `${d.severity}: ${d.summary} ${d.detail ?? ''} (${d.range?.filename ?? ''}:${d.range?.start?.line ?? ''})`,
        );
        assert.ok(result.valid, diagnostics.join('\n'));
        assert.equal(result.warning_count, 0, diagnostics.join('\n'));
      }),
    ),
  );
});

test('root configurations commit a lock file pinning hashicorp/aws 5.100.x', () => {
  for (const dir of ROOT_DIRS) {
    const lock = path.join(INFRA_DIR, dir, '.terraform.lock.hcl');
    assert.ok(
      existsSync(lock),
      `${dir}/.terraform.lock.hcl is missing (terraform init there, offline, and commit it)`,
    );
    const text = readFileSync(lock, 'utf8');
    assert.match(text, /provider "registry\.terraform\.io\/hashicorp\/aws" \{\s+version\s+= "5\.100\.\d+"/);
    assert.match(text, /constraints = "~> 5\.100"/);
    assert.match(text, /h1:[A-Za-z0-9+/=]+/);
  }
});
