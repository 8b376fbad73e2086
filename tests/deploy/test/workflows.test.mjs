// The GitHub Actions workflows, checked offline: against GitHub's workflow schema (SchemaStore's, bundled in
// @action-validator/core, which also resolves `needs`), and deploy.yml against the rules the deploy relies on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { validateWorkflow } from '@action-validator/core';
import { repoRoot } from '@spendwise/devkit';
import { parse } from 'yaml';
import { deployScripts, helpOptions } from '../lib/deploy-scripts.mjs';

const workflowsDir = path.join(repoRoot, '.github/workflows');
const read = (name) => readFileSync(path.join(workflowsDir, name), 'utf8');

function schemaErrors(source) {
  return validateWorkflow(source).errors.map(
    (error) => `${error.path ?? ''} ${error.title}: ${error.detail ?? ''}`,
  );
}

describe('workflow schema', () => {
  for (const name of ['ci.yml', 'deploy.yml']) {
    test(`${name} is a valid GitHub Actions workflow`, () => {
      assert.deepEqual(schemaErrors(read(name)), []);
    });
  }

  test('the validator does reject a broken workflow (so passing means something)', () => {
    const broken = read('deploy.yml').replace('runs-on: ubuntu-24.04', 'runs_on: ubuntu-24.04');
    assert.notEqual(schemaErrors(broken).length, 0);
  });
});

describe('third-party actions', () => {
  // A tag can be moved to other code by whoever controls the action's repository; a commit cannot. The deploy job
  // holds AWS credentials, so every action runs exactly the code that was reviewed. The comment names the release
  // (Renovate's helpers:pinGitHubActionDigests keeps both up to date).
  for (const name of ['ci.yml', 'deploy.yml']) {
    test(`${name} pins every action to a full commit SHA with its release in a comment`, () => {
      const uses = [...read(name).matchAll(/^\s*(?:-\s*)?uses:\s*(.+)$/gm)].map((match) => match[1].trim());
      assert.ok(uses.length > 0, 'no actions found: the pattern is wrong');
      const unpinned = uses.filter(
        (ref) => !ref.startsWith('./') && !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(ref),
      );
      assert.deepEqual(unpinned, []);
    });
  }
});

describe('deploy.yml', () => {
  const workflow = parse(read('deploy.yml'));
  const [jobName, job] = Object.entries(workflow.jobs)[0];
  const runLines = job.steps.filter((step) => step.run).map((step) => step.run.replace(/\s+/g, ' ').trim());

  test('runs for main and by hand, with dev/prod and the deploy order as inputs', () => {
    assert.deepEqual(workflow.on.push.branches, ['main']);
    const inputs = workflow.on.workflow_dispatch.inputs;
    assert.deepEqual(inputs.environment.options, ['dev', 'prod']);
    assert.deepEqual(inputs.order.options, ['migrate-first', 'roll-first']);
    assert.equal(inputs.order.default, 'migrate-first');
  });

  test('gets AWS access through GitHub OIDC only, never long-lived keys', () => {
    assert.deepEqual(workflow.permissions, { contents: 'read' });
    assert.equal(job.permissions['id-token'], 'write');
    const credentials = job.steps.find((step) =>
      step.uses?.startsWith('aws-actions/configure-aws-credentials@'),
    );
    assert.ok(credentials, 'configure-aws-credentials step');
    assert.match(credentials.with['role-to-assume'], /vars\.AWS_DEPLOY_ROLE_ARN/);
    assert.doesNotMatch(
      read('deploy.yml'),
      /aws-access-key-id|aws-secret-access-key|AWS_SECRET_ACCESS_KEY|secrets\./i,
    );
  });

  test('never runs two deploys of one environment at once, and never cancels one halfway', () => {
    assert.match(workflow.concurrency.group, /inputs\.environment/);
    assert.equal(workflow.concurrency['cancel-in-progress'], false);
  });

  test('deploys into the chosen GitHub environment (where prod protection applies)', () => {
    assert.match(job.environment.name, /inputs\.environment/);
    assert.ok(job['timeout-minutes'] > 0, `${jobName} has a timeout`);
  });

  test('backend (migrate-first, git SHA release tag) → web → smoke, in that order', () => {
    const position = (script) => runLines.findIndex((line) => line.includes(`scripts/deploy/${script}`));
    const backend = runLines[position('deploy.sh')];
    assert.match(backend, /--release-tag "\$GITHUB_SHA"/);
    assert.match(backend, /--order "\$\{\{ inputs\.order \|\| 'migrate-first' \}\}"/);
    assert.match(backend, /--skip-smoke/);
    assert.ok(position('deploy.sh') < position('web.sh'), 'web after backend');
    assert.ok(position('web.sh') < position('smoke.sh'), 'smoke after web');
  });

  test('prod promotes the image dev built and deploys it without building (build once)', () => {
    const promote = job.steps.find((step) => /scripts\/deploy\/promote\.sh/.test(step.run ?? ''));
    assert.ok(promote, 'a promotion step');
    assert.match(promote.if, /inputs\.environment == 'prod'/);
    assert.match(promote.run, /--release-tag "\$GITHUB_SHA"/);
    const backend = job.steps.find((step) => step.id === 'backend');
    assert.ok(job.steps.indexOf(promote) < job.steps.indexOf(backend), 'promote before the backend deploy');
    assert.match(backend.run, /\$\{\{ inputs\.environment == 'prod' && '--no-build' \|\| '' \}\}/);
  });

  test('a failed smoke test rolls the backend back onto the image deploy.sh found before it pushed', () => {
    const ids = job.steps.map((step) => step.id);
    const rollback = job.steps.find((step) => /rollback\.sh .*\$PREVIOUS_IMAGE/.test(step.run ?? ''));
    assert.ok(rollback, 'a step rolls back to previous_image');
    const index = job.steps.indexOf(rollback);
    assert.ok(
      index > ids.indexOf('smoke') && ids.indexOf('smoke') > ids.indexOf('backend'),
      'backend → smoke → rollback',
    );
    assert.match(rollback.if, /failure\(\)/);
    assert.match(rollback.if, /steps\.smoke\.outcome == 'failure'/);
    assert.equal(rollback.env.PREVIOUS_IMAGE, '${{ steps.backend.outputs.previous_image }}');
    assert.match(rollback.run, /rollback\.sh --tf-dir "\$TF_DIR" --to "\$PREVIOUS_IMAGE"/);
    assert.match(rollback.run, /::error::The smoke test failed, so the backend was rolled back/);
  });

  test('installs dependencies before the AWS credentials exist (no install script sees them)', () => {
    const credentials = job.steps.findIndex((step) =>
      step.uses?.startsWith('aws-actions/configure-aws-credentials@'),
    );
    const installs = job.steps.flatMap((step, index) =>
      /\b(npm (ci|install)|npx playwright install)\b/.test(step.run ?? '') ||
      step.uses?.startsWith('actions/setup-node@')
        ? [index]
        : [],
    );
    assert.ok(
      credentials >= 0 && installs.length >= 3,
      `credentials at ${credentials}, installs at ${installs}`,
    );
    assert.ok(
      Math.max(...installs) < credentials,
      `installs at steps ${installs}, credentials at ${credentials}`,
    );
  });

  test('free-text inputs reach scripts through the environment, never spliced into the shell', () => {
    for (const line of runLines) assert.doesNotMatch(line, /\$\{\{\s*inputs\.rollback_to/);
  });

  test('calls only scripts and options that exist', () => {
    const scripts = new Set(deployScripts());
    for (const line of runLines) {
      for (const [, script, args] of line.matchAll(/scripts\/deploy\/([a-z-]+\.sh)([^|;&]*)/g)) {
        assert.ok(scripts.has(script), `${script} exists`);
        const known = helpOptions(script);
        for (const [option] of args.matchAll(/--[a-z][a-z-]*/g)) {
          assert.ok(known.includes(option), `${script} accepts ${option}`);
        }
      }
    }
  });
});
