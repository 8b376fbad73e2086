// Conventions read from the sources: layout, documented and typed variables, no hard-coded account or region,
// environments as thin callers of the stack, backend and example files the runbook depends on. Fast, no Terraform run.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';

import { syncReadmes } from './lib/docs.mjs';
import { ENVIRONMENTS, INFRA_DIR, MODULES } from './lib/terraform.mjs';
import { attributeOf, blocksOf, parseHcl } from './policy/hcl.mjs';
import {
  DB_CONNECTION_FAILURE_PATTERN,
  evaluateSources,
  formatViolations,
  loadSources,
  REQUIRED_OUTPUTS,
  sourceRules,
} from './policy/index.mjs';

const read = (rel) => readFileSync(path.join(INFRA_DIR, rel), 'utf8');
const parse = (rel) => parseHcl(read(rel), rel);
const TF_TREES = ['modules', 'environments', 'bootstrap'];

test('every module has main.tf, variables.tf, outputs.tf, versions.tf and README.md', () => {
  // MODULES drives validate, README tables and these checks: a module missing from it would be checked by none.
  const onDisk = readdirSync(path.join(INFRA_DIR, 'modules'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  assert.deepEqual(
    [...onDisk].sort(),
    [...MODULES].sort(),
    'MODULES in test/lib/terraform.mjs lists every module',
  );
  for (const m of MODULES) {
    for (const f of ['main.tf', 'variables.tf', 'outputs.tf', 'versions.tf', 'README.md']) {
      assert.ok(existsSync(path.join(INFRA_DIR, 'modules', m, f)), `modules/${m}/${f} is missing`);
    }
  }
});

test('module and bootstrap READMEs carry current inputs/outputs tables', () => {
  const stale = syncReadmes();
  assert.deepEqual(stale, [], `stale README tables (run: node test/docs.mjs --write): ${stale.join(', ')}`);
});

test('source rules pass on the real configuration', () => {
  const files = loadSources(TF_TREES, INFRA_DIR);
  assert.ok(files.length >= 40, 'expected to read every .tf file');
  const violations = evaluateSources(files);
  assert.deepEqual(violations, [], formatViolations(violations));
});

test('source rules catch the broken fixture (each rule proves it can fail)', () => {
  const files = loadSources(['test/policy/fixtures/sources-broken'], INFRA_DIR);
  const violations = evaluateSources(files);
  const messages = formatViolations(violations);
  for (const rule of sourceRules) {
    assert.ok(
      violations.some((v) => v.rule === rule.id),
      `rule ${rule.id} did not fire on the broken fixture:\n${messages}`,
    );
  }
  for (const expected of [
    /variable "untyped" has no type/,
    /variable "undescribed" has no description/,
    /variable "empty_description" has no description/,
    /output "undescribed" has no description/,
    /output "renamed" has no description/,
    /account-like number 123456789012/,
    /hard-codes region eu-west-1/,
    /hard-codes region us-east-1/,
    /aws_ecs_service "reverts_releases" must have lifecycle \{ ignore_changes = \[task_definition/,
  ]) {
    assert.match(messages, expected);
  }
});

test('every module and root pins Terraform and the AWS provider to ~> 5.100', () => {
  for (const dir of [
    ...MODULES.map((m) => `modules/${m}`),
    ...ENVIRONMENTS.map((e) => `environments/${e}`),
    'bootstrap',
  ]) {
    const [tf] = blocksOf(parse(`${dir}/versions.tf`), 'terraform');
    assert.ok(attributeOf(tf, 'required_version'), `${dir}: required_version missing`);
    const [providers] = tf.body.filter((b) => b.kind === 'block' && b.type === 'required_providers');
    const aws = attributeOf(providers, 'aws');
    assert.match(aws?.expr ?? '', /source\s*=\s*"hashicorp\/aws"/, `${dir}: aws provider source`);
    assert.match(
      aws?.expr ?? '',
      /version\s*=\s*"~> 5\.100"/,
      `${dir}: aws provider must be pinned to ~> 5.100`,
    );
  }
});

test('environments use an S3 backend with S3-native locking, bucket and region left to backend.hcl', () => {
  for (const e of ENVIRONMENTS) {
    const [tf] = blocksOf(parse(`environments/${e}/versions.tf`), 'terraform');
    const backend = tf.body.find((b) => b.kind === 'block' && b.type === 'backend');
    assert.deepEqual(backend?.labels, ['s3'], `${e}: backend "s3" expected`);
    assert.equal(attributeOf(backend, 'use_lockfile')?.expr, 'true', `${e}: use_lockfile = true`);
    assert.equal(attributeOf(backend, 'encrypt')?.expr, 'true', `${e}: encrypt = true`);
    assert.match(
      attributeOf(backend, 'key')?.expr ?? '',
      new RegExp(`/${e}/terraform\\.tfstate"$`),
      `${e}: state key per environment`,
    );
    assert.equal(
      attributeOf(backend, 'bucket'),
      undefined,
      `${e}: the bucket belongs in backend.hcl, not in code`,
    );
    assert.ok(
      existsSync(path.join(INFRA_DIR, 'environments', e, 'backend.hcl.example')),
      `${e}: backend.hcl.example missing`,
    );
  }
});

// The modules environments/dev and prod called themselves before they became callers of modules/stack: each needs
// a moved block, or an environment applied before the move would plan to replace its database and everything else.
const MOVED_INTO_STACK = [
  'network',
  'ecr',
  'alb',
  'api_cdn',
  'rds',
  'cognito',
  'observability',
  'ecs',
  'rates_fetch',
  'recurring_generate',
  'amplify',
];

test('each environment is a thin caller of modules/stack: one module call, a provider, nothing else built', () => {
  for (const e of ENVIRONMENTS) {
    const items = ['main.tf', 'variables.tf', 'outputs.tf', 'moved.tf', 'versions.tf'].flatMap((f) =>
      parse(`environments/${e}/${f}`),
    );
    const modules = blocksOf(items, 'module');
    assert.deepEqual(
      modules.map((m) => m.labels[0]),
      ['stack'],
      `${e}: the environment calls the stack and nothing else`,
    );
    assert.equal(attributeOf(modules[0], 'source')?.expr, '"../../modules/stack"');
    for (const kind of ['resource', 'data', 'locals'])
      assert.deepEqual(blocksOf(items, kind), [], `${e}: ${kind} blocks belong in modules/stack`);
    assert.equal(blocksOf(items, 'provider').length, 1, `${e}: one provider configuration`);
    assert.ok(read(`environments/${e}/main.tf`).split('\n').length <= 80, `${e}/main.tf: thin`);
  }
});

test('environments forward every output of the stack under its own name', () => {
  const stackOutputs = blocksOf(parse('modules/stack/outputs.tf'), 'output').map((o) => o.labels[0]);
  for (const name of REQUIRED_OUTPUTS)
    assert.ok(stackOutputs.includes(name), `stack: output "${name}" missing`);
  for (const e of ENVIRONMENTS) {
    const forwarded = blocksOf(parse(`environments/${e}/outputs.tf`), 'output').map((o) => [
      o.labels[0],
      attributeOf(o, 'value')?.expr,
    ]);
    assert.deepEqual(
      forwarded,
      stackOutputs.map((name) => [name, `module.stack.${name}`]),
      `${e}: outputs.tf forwards each stack output as module.stack.<name>`,
    );
  }
});

test('every module the environments composed before the stack has a moved block into it', () => {
  const stackModules = blocksOf(parse('modules/stack/main.tf'), 'module').map((m) => m.labels[0]);
  for (const e of ENVIRONMENTS) {
    const moved = blocksOf(parse(`environments/${e}/moved.tf`), 'moved').map((m) => [
      attributeOf(m, 'from')?.expr,
      attributeOf(m, 'to')?.expr,
    ]);
    assert.deepEqual(
      moved,
      MOVED_INTO_STACK.map((name) => [`module.${name}`, `module.stack.module.${name}`]),
      `${e}: moved.tf`,
    );
  }
  for (const name of MOVED_INTO_STACK)
    assert.ok(stackModules.includes(name), `stack has no module "${name}"`);
});

test('enable_amplify exists, defaults to true, and only gates the Amplify module', () => {
  for (const e of ENVIRONMENTS) {
    const vars = blocksOf(parse(`environments/${e}/variables.tf`), 'variable');
    const flag = vars.find((v) => v.labels[0] === 'enable_amplify');
    assert.equal(attributeOf(flag, 'type')?.expr, 'bool');
    assert.equal(attributeOf(flag, 'default')?.expr, 'true');
  }
  const uses = read('modules/stack/main.tf').match(/var\.enable_amplify/g) ?? [];
  const amplifyModule = blocksOf(parse('modules/stack/main.tf'), 'module').find(
    (m) => m.labels[0] === 'amplify',
  );
  assert.match(attributeOf(amplifyModule, 'count')?.expr ?? '', /var\.enable_amplify/);
  // count on the module, the CORS origin list; outputs return "" when disabled.
  assert.ok(uses.length <= 2, 'enable_amplify should gate nothing but the Amplify module and its origin');
});

test('the stack hands the backend and the web app the settings they need', () => {
  const modules = blocksOf(parse('modules/stack/main.tf'), 'module');
  const argument = (moduleName, name) =>
    attributeOf(
      modules.find((m) => m.labels[0] === moduleName),
      name,
    )?.expr ?? '';

  const web = argument('amplify', 'environment_variables');
  for (const key of [
    'NEXT_PUBLIC_API_URL',
    'NEXT_PUBLIC_COGNITO_USER_POOL_ID',
    'NEXT_PUBLIC_COGNITO_CLIENT_ID',
    'NEXT_PUBLIC_AWS_REGION',
  ]) {
    assert.match(web, new RegExp(`\\b${key}\\s*=`), `Amplify build variable ${key}`);
  }
  assert.match(argument('amplify', 'app_root'), /var\.amplify_app_root/);

  const api = argument('ecs', 'environment');
  for (const key of [
    'NODE_ENV',
    'PORT',
    'DB_HOST',
    'DB_PORT',
    'DB_NAME',
    'COGNITO_USER_POOL_ID',
    'COGNITO_CLIENT_ID',
    'AWS_REGION',
    'CORS_ORIGINS',
    'LOG_LEVEL',
    'MAIL_TRANSPORT',
    'MAIL_FROM',
  ]) {
    assert.match(api, new RegExp(`\\b${key}\\s*=`), `backend environment variable ${key}`);
  }
  // The API refuses MAIL_TRANSPORT=log in production: the task definition sends through SES.
  assert.match(api, /\bMAIL_TRANSPORT\s*=\s*"ses"/);
  const secrets = argument('ecs', 'secrets');
  assert.match(secrets, /DB_USER\s*=\s*"\$\{module\.rds\.master_user_secret_arn\}:username::"/);
  assert.match(secrets, /DB_PASSWORD\s*=\s*"\$\{module\.rds\.master_user_secret_arn\}:password::"/);
});

test('terraform.tfvars.example files set what the runbook greps, on one line each, and only declared variables', () => {
  for (const e of ENVIRONMENTS) {
    const text = read(`environments/${e}/terraform.tfvars.example`);
    // The runbook: grep -E '^[[:space:]]*aws_region[[:space:]]*=' ... sed -E 's/.*"([^"]+)".*/\1/'
    assert.match(text, /^[ \t]*aws_region[ \t]*=[ \t]*"[a-z]{2}-[a-z]+-\d"[ \t]*$/m, `${e}: aws_region line`);
    assert.match(
      text,
      /^[ \t]*ecs_assign_public_ip[ \t]*=[ \t]*(true|false)[ \t]*$/m,
      `${e}: ecs_assign_public_ip line`,
    );
    assert.match(
      text,
      /^[ \t]*ecs_backend_image_tag[ \t]*=[ \t]*"[^"]+"[ \t]*$/m,
      `${e}: ecs_backend_image_tag line`,
    );

    const declared = new Set(
      blocksOf(parse(`environments/${e}/variables.tf`), 'variable').map((v) => v.labels[0]),
    );
    const set = parseHcl(text, 'terraform.tfvars.example')
      .filter((i) => i.kind === 'attribute')
      .map((a) => a.name);
    for (const name of set)
      assert.ok(declared.has(name), `${e}: terraform.tfvars.example sets undeclared variable ${name}`);
  }
});

test('.gitignore keeps state, operator files and caches out, and the examples and lock files in', () => {
  const lines = read('.gitignore')
    .split('\n')
    .map((l) => l.trim());
  for (const pattern of [
    '.terraform/',
    '.cache/',
    '*.tfstate',
    '*.tfstate.*',
    'terraform.tfvars',
    'backend.hcl',
    '*_override.tf',
  ]) {
    assert.ok(lines.includes(pattern), `.gitignore lacks ${pattern}`);
  }
  assert.ok(
    !lines.some((l) => /lock\.hcl|\.example/.test(l) && !l.startsWith('#')),
    '.gitignore must not hide lock files or examples',
  );
});

test("the database-failure metric filter matches the field and value the API's error filter logs", () => {
  const main = parse('modules/observability/main.tf');
  const filter = blocksOf(main, 'resource').find(
    (b) => b.labels[0] === 'aws_cloudwatch_log_metric_filter' && b.labels[1] === 'db_connection_failures',
  );
  assert.ok(filter, 'modules/observability has no db_connection_failures metric filter');
  const pattern = JSON.parse(attributeOf(filter, 'pattern').expr);
  assert.match(pattern, DB_CONNECTION_FAILURE_PATTERN);
  const [, field, value] = /\$\.(\w+)\s*=\s*"([^"]+)"/.exec(pattern);
  const api = readFileSync(
    path.join(INFRA_DIR, '..', 'apps', 'api', 'src', 'errors', 'all-exceptions.filter.ts'),
    'utf8',
  );
  assert.match(api, new RegExp(`export const DATABASE_DEPENDENCY = '${value}';`));
  assert.match(
    api,
    new RegExp(`this\\.logger\\.warn\\(\\{[^}]*\\b${field}\\b[^}]*\\}, 'dependency unavailable'\\)`),
  );
});
