/**
 * What the deploy scripts declare about themselves: which scripts exist, the options each one's --help lists,
 * the Terraform outputs they read and the environment variables they honour. Tests compare the docs and the
 * workflow against these, so neither can drift from the scripts.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@spendwise/devkit';

export const DEPLOY_DIR = path.join(repoRoot, 'scripts/deploy');

export function deployScripts() {
  return readdirSync(DEPLOY_DIR)
    .filter((name) => name.endsWith('.sh'))
    .sort();
}

export function scriptHelp(script) {
  return execFileSync(path.join(DEPLOY_DIR, script), ['--help'], { encoding: 'utf8', timeout: 10_000 });
}

/** The long options a script's --help lists (its own and the common ones). */
export function helpOptions(script) {
  return [
    ...new Set([...scriptHelp(script).matchAll(/(?:^|\s)(--[a-z][a-z-]*)/g)].map(([, option]) => option)),
  ];
}

function scriptSources(script) {
  const own = readFileSync(path.join(DEPLOY_DIR, script), 'utf8');
  const libs = readdirSync(path.join(DEPLOY_DIR, 'lib')).map((name) =>
    readFileSync(path.join(DEPLOY_DIR, 'lib', name), 'utf8'),
  );
  return [own, ...libs].join('\n');
}

/** Terraform outputs read with `tf_output <name>` anywhere in the scripts. */
export function terraformOutputsRead() {
  const names = new Set();
  for (const script of deployScripts()) {
    for (const [, name] of scriptSources(script).matchAll(/tf_output ([a-z_]+)/g)) names.add(name);
  }
  return [...names].sort();
}

/** Environment variables a script reads with a default, `NAME="${NAME:-default}"` (its tunables): name → default. */
export function tunableDefaults() {
  const defaults = {};
  for (const script of deployScripts()) {
    for (const [, name, value] of scriptSources(script).matchAll(
      /^\s*([A-Z][A-Z0-9_]+)="\$\{\1:-([^}]*)\}"/gm,
    )) {
      defaults[name] = value;
    }
  }
  return defaults;
}
