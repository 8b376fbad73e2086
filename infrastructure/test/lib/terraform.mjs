// Terraform offline: find the AWS provider mirror, write a CLI config that uses it, run terraform.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { runCommand as run } from '@spendwise/devkit';

/** Root of the infrastructure package (modules/, environments/, bootstrap/, test/). */
export const INFRA_DIR = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Git-ignored scratch space for CLI config, validate copies and plans. */
export const CACHE_DIR = path.join(INFRA_DIR, '.cache');

export const AWS_PROVIDER = 'registry.terraform.io/hashicorp/aws';
export const MODULES = [
  'network',
  'ecr',
  'ecs',
  'alb',
  'cdn',
  'rds',
  'cognito',
  'amplify',
  'observability',
  'scheduled-task',
  'stack',
];
export const ENVIRONMENTS = ['dev', 'prod'];
/** Every root or module directory Terraform should validate, relative to INFRA_DIR. */
export const TERRAFORM_DIRS = [
  ...MODULES.map((m) => `modules/${m}`),
  ...ENVIRONMENTS.map((e) => `environments/${e}`),
  'bootstrap',
];
/** Directories whose .terraform.lock.hcl is committed (root configurations). */
export const ROOT_DIRS = [...ENVIRONMENTS.map((e) => `environments/${e}`), 'bootstrap'];

const MIRROR_SEARCH = [
  '/opt/tf-plugins',
  '/usr/share/terraform/plugins',
  '/usr/local/share/terraform/plugins',
];

const holdsAwsProvider = (root) => existsSync(path.join(root, AWS_PROVIDER));

let mirrorCache;

/**
 * Finds the filesystem mirror holding registry.terraform.io/hashicorp/aws: $TF_PROVIDER_MIRROR, then
 * well-known folders, then a bounded `find / -xdev` for terraform-provider-aws_*.
 * @returns {string} mirror root (the folder that holds registry.terraform.io/)
 */
export function findProviderMirror() {
  if (mirrorCache) return mirrorCache;
  const fromEnv = process.env.TF_PROVIDER_MIRROR;
  if (fromEnv) {
    if (!holdsAwsProvider(fromEnv)) throw new Error(`TF_PROVIDER_MIRROR=${fromEnv} holds no ${AWS_PROVIDER}`);
    return (mirrorCache = fromEnv);
  }
  const known = MIRROR_SEARCH.find(holdsAwsProvider);
  if (known) return (mirrorCache = known);

  let found = '';
  try {
    found = execFileSync('find', ['/', '-xdev', '-name', 'terraform-provider-aws_*', '-print', '-quit'], {
      encoding: 'utf8',
      timeout: 60_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch (err) {
    found = String(err.stdout ?? '').trim(); // find exits non-zero on unreadable folders but may have printed a hit
  }
  const marker = `${path.sep}registry.terraform.io${path.sep}`;
  const at = found.indexOf(marker);
  if (at < 0) {
    throw new Error(
      'No AWS provider mirror found: set TF_PROVIDER_MIRROR to the folder holding registry.terraform.io/',
    );
  }
  return (mirrorCache = found.slice(0, at));
}

/**
 * Writes a Terraform CLI config that installs hashicorp/aws from the mirror (everything else direct).
 * @param {string} [dir] folder to write `terraformrc` into (default: infrastructure/.cache)
 * @returns {string} path of the file; point TF_CLI_CONFIG_FILE at it
 */
export function writeCliConfig(dir = CACHE_DIR) {
  const mirror = findProviderMirror();
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'terraformrc');
  // Written aside and renamed: concurrent test files must never read a half-written config.
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(
    temp,
    `provider_installation {
  filesystem_mirror {
    path    = ${JSON.stringify(mirror)}
    include = ["${AWS_PROVIDER}"]
  }
  direct {
    exclude = ["${AWS_PROVIDER}"]
  }
}
`,
  );
  renameSync(temp, file);
  return file;
}

/** Environment for terraform: offline CLI config, no prompts, no update checks, no colour. */
export function terraformEnv({ cliConfigFile = writeCliConfig(), extra = {} } = {}) {
  return {
    ...process.env,
    TF_CLI_CONFIG_FILE: cliConfigFile,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
    NO_COLOR: '1',
    ...extra,
  };
}

/**
 * Runs `terraform <args>`.
 * @param {string[]} args
 * @param {{cwd: string, env?: NodeJS.ProcessEnv, timeoutMs?: number, okCodes?: number[], background?: boolean, onOutput?: (chunk: string) => void}} options
 *   background: run under `nice` so CPU-heavy checks (validate, plans) do not starve a concurrent apply's waiters.
 */
export function terraform(
  args,
  { cwd, env = terraformEnv(), timeoutMs = 120_000, okCodes, background = false, onOutput } = {},
) {
  const options = { cwd, env, timeoutMs, okCodes, onOutput };
  return background
    ? run('nice', ['-n', '10', 'terraform', ...args], options)
    : run('terraform', args, options);
}

const SKIP_ON_COPY = new Set(['.terraform', '.cache', 'node_modules', 'test']);
const SKIP_FILE =
  /(^terraform\.tfvars$|\.auto\.tfvars$|^backend\.hcl$|\.tfstate(\..*)?$|_override\.tf(\.json)?$|\.tfplan$)/;

/**
 * Copies the Terraform sources (modules/, environments/, bootstrap/) to destDir, leaving out working data,
 * state, operator files (terraform.tfvars, backend.hcl) and override files. Relative module paths keep working.
 * @returns {string} destDir
 */
export function copyInfrastructure(destDir) {
  mkdirSync(destDir, { recursive: true });
  for (const top of ['modules', 'environments', 'bootstrap']) {
    cpSync(path.join(INFRA_DIR, top), path.join(destDir, top), {
      recursive: true,
      filter: (src) => {
        const base = path.basename(src);
        return !SKIP_ON_COPY.has(base) && !SKIP_FILE.test(base);
      },
    });
  }
  return destDir;
}

/**
 * Renders a value as an HCL expression for a .tfvars file. JSON syntax is valid HCL for strings, numbers,
 * booleans, lists and objects; only template sequences need escaping.
 */
export function hclValue(value) {
  return JSON.stringify(value).replaceAll('${', '$${').replaceAll('%{', '%%{');
}

/** Renders an object of variables as terraform.tfvars text, one `name = value` per line. */
export function toTfvars(vars) {
  return Object.entries(vars)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} = ${hclValue(v)}\n`)
    .join('');
}
