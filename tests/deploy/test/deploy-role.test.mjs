// The deploy role (infrastructure/bootstrap/deploy-role.tf) must allow every AWS call the deploy scripts make.
// moto does not enforce IAM, so the runbook suite cannot see a missing permission; a real account refuses the
// first call the role lacks, halfway through a deploy. This reads the calls from the scripts' own code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from '@spendwise/devkit';
import { DEPLOY_DIR, deployScripts } from '../lib/deploy-scripts.mjs';

const ROLE_FILE = path.join(repoRoot, 'infrastructure/bootstrap/deploy-role.tf');
// The CLI commands whose IAM action is not the command's name in PascalCase.
const SPECIAL_ACTIONS = {
  'ecr get-login-password': 'ecr:GetAuthorizationToken',
  'ecs wait services-stable': 'ecs:DescribeServices',
  'ecs wait tasks-stopped': 'ecs:DescribeTasks',
};
// An AWS CLI call the scripts execute: through aws_read (lib/common.sh) or `aws --region "$AWS_REGION"`; the
// usage texts and comments name commands too, but never in these two forms.
const CALL = /(?:aws_read|aws --region "\$AWS_REGION")\s+([a-z0-9-]+)\s+([a-z-]+)(?:\s+([a-z-]+))?/g;

/** Every IAM action the deploy scripts need, with the script that needs it. */
function actionsTheScriptsNeed() {
  const files = [
    ...deployScripts().map((script) => path.join(DEPLOY_DIR, script)),
    ...['common.sh', 'registry.sh', 'task-definition.sh'].map((lib) => path.join(DEPLOY_DIR, 'lib', lib)),
  ];
  const needed = new Map();
  for (const file of files) {
    for (const [, service, command, waiter] of readFileSync(file, 'utf8').matchAll(CALL)) {
      const cli = command === 'wait' ? `${service} wait ${waiter}` : `${service} ${command}`;
      const action =
        SPECIAL_ACTIONS[cli] ??
        `${service}:${command.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase())}`;
      needed.set(action, path.basename(file));
    }
  }
  return needed;
}

/** The actions a policy text grants, as quoted "service:Action" strings. */
const granted = (policyText) =>
  new Set(policyText.match(/"[a-z0-9-]+:[A-Za-z]+"/g).map((s) => s.slice(1, -1)));

const missing = (policyText) =>
  [...actionsTheScriptsNeed()].filter(([action]) => !granted(policyText).has(action));

describe('the deploy role and the deploy scripts', () => {
  test('the scripts make the AWS calls this check knows about (so it reads them at all)', () => {
    const needed = actionsTheScriptsNeed();
    for (const action of [
      'ecs:RegisterTaskDefinition',
      'ecs:UpdateService',
      'ecs:RunTask',
      'ecs:DescribeServices',
      'ecr:GetAuthorizationToken',
    ]) {
      assert.ok(needed.has(action), `${action} is among ${[...needed.keys()].join(', ')}`);
    }
  });

  test('every AWS call the scripts make is allowed by the deploy role', () => {
    const policy = readFileSync(ROLE_FILE, 'utf8');
    assert.deepEqual(
      missing(policy).map(([action, file]) => `${action} (${file})`),
      [],
      'add these actions to infrastructure/bootstrap/deploy-role.tf',
    );
  });

  test('a role without a permission the release step needs is caught', () => {
    const policy = readFileSync(ROLE_FILE, 'utf8').replace(
      '"ecs:RegisterTaskDefinition"',
      '"ecs:ListClusters"',
    );
    assert.deepEqual(
      missing(policy).map(([action]) => action),
      ['ecs:RegisterTaskDefinition'],
    );
  });
});
