import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';

import { checkFormat, exampleFiles } from './lib/fmt.mjs';

test(
  'terraform fmt -check -recursive: sources and *.example files are formatted',
  { timeout: 120_000 },
  async () => {
    assert.ok(exampleFiles().length >= 5, 'expected the tfvars/backend examples to be checked too');
    const { ok, output } = await checkFormat();
    assert.ok(
      ok,
      `terraform fmt found unformatted files (fix: npm run fmt -w @spendwise/infrastructure):\n${output}`,
    );
  },
);

test('the format check fails on a misformatted file (broken fixture)', { timeout: 60_000 }, async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spendwise-fmt-broken-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'main.tf'), 'variable "x" {\n type=string\n}\n');
  writeFileSync(path.join(dir, 'terraform.tfvars.example'), 'aws_region="us-east-1"\n');

  const sources = await checkFormat({ targets: [dir], examples: [] });
  assert.equal(sources.ok, false);
  assert.match(sources.output, /main\.tf/);

  const examples = await checkFormat({ targets: [], cwd: dir, examples: ['terraform.tfvars.example'] });
  assert.equal(examples.ok, false);
});
