// docs/deploy.md and scripts/deploy must agree: every script, option and tunable variable is documented, every
// command the runbook shows uses options that exist, and every Terraform output the scripts read is declared by
// both environments.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from '@spendwise/devkit';
import {
  DEPLOY_DIR,
  deployScripts,
  helpOptions,
  terraformOutputsRead,
  tunableDefaults,
} from '../lib/deploy-scripts.mjs';

const runbook = readFileSync(path.join(repoRoot, 'docs/deploy.md'), 'utf8');

/** Every `scripts/deploy/<name>.sh <args>` the runbook shows, args up to the end of the line or a code span. */
function documentedInvocations() {
  return [...runbook.matchAll(/scripts\/deploy\/([a-z-]+\.sh)([^`\n|]*)/g)].map(([, script, args]) => ({
    script,
    options: [...args.matchAll(/(?:^|\s)(--[a-z][a-z-]*)/g)].map(([, option]) => option),
  }));
}

describe('docs/deploy.md and scripts/deploy', () => {
  test('every script is in the runbook, and the runbook names no script that does not exist', () => {
    const scripts = deployScripts();
    for (const script of scripts)
      assert.match(runbook, new RegExp(`scripts/deploy/${script.replace('.', '\\.')}`));
    for (const { script } of documentedInvocations()) assert.ok(scripts.includes(script), `${script} exists`);
  });

  test("every option in a script's --help is documented", () => {
    for (const script of deployScripts()) {
      for (const option of helpOptions(script)) {
        assert.ok(runbook.includes(option), `${script} ${option} is in docs/deploy.md`);
      }
    }
  });

  test('every command in the runbook uses options its script accepts', () => {
    for (const { script, options } of documentedInvocations()) {
      const known = helpOptions(script);
      for (const option of options) assert.ok(known.includes(option), `${script} accepts ${option}`);
    }
  });

  test('every variable the scripts honour is documented, numeric defaults as the scripts have them', () => {
    for (const [name, value] of Object.entries(tunableDefaults())) {
      assert.ok(runbook.includes(`\`${name}\``), `${name} is in docs/deploy.md`);
      if (/^\d+$/.test(value)) {
        assert.match(
          runbook,
          new RegExp(`^\\| \`${name}\` +\\| \`${value}\` `, 'm'),
          `${name} defaults to ${value}`,
        );
      }
    }
  });

  test('the Terraform outputs the scripts read exist in both environments and are named in the runbook', () => {
    const outputsRead = terraformOutputsRead();
    assert.ok(outputsRead.includes('ecr_repository_url') && outputsRead.includes('ecs_log_group'));
    for (const environment of ['dev', 'prod']) {
      const declared = readFileSync(
        path.join(repoRoot, `infrastructure/environments/${environment}/outputs.tf`),
        'utf8',
      );
      for (const name of outputsRead) {
        assert.match(
          declared,
          new RegExp(`^output "${name}"`, 'm'),
          `${environment} declares output ${name}`,
        );
      }
    }
    for (const name of outputsRead) assert.ok(runbook.includes(name), `${name} is in docs/deploy.md`);
  });

  test('the runbook states both orders and the migration override the scripts send', () => {
    assert.match(runbook, /push → release → \*\*migrate\*\* → \*\*roll\*\* → smoke/);
    assert.match(runbook, /push → release → \*\*roll\*\* → \*\*migrate\*\* → smoke/);
    const migrate = readFileSync(path.join(DEPLOY_DIR, 'lib/common.sh'), 'utf8');
    const command = migrate.match(/MIGRATE_COMMAND_JSON='([^']+)'/)[1];
    assert.ok(runbook.includes(`{"name":"backend","command":${command}}`));
  });

  test('every script answers --help and refuses an unknown option with a non-zero exit', () => {
    for (const script of deployScripts()) {
      assert.match(execFileSync(path.join(DEPLOY_DIR, script), ['--help'], { encoding: 'utf8' }), /^Usage: /);
      assert.throws(
        () => execFileSync(path.join(DEPLOY_DIR, script), ['--no-such-option'], { stdio: 'pipe' }),
        (error) => error.status === 1 && /unknown option: --no-such-option/.test(error.stderr.toString()),
      );
    }
  });
});
