// `terraform fmt` over the sources and the *.example files (checked as .tfvars copies: same syntax).
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { INFRA_DIR, terraform } from './terraform.mjs';

export const FMT_TARGETS = ['modules', 'environments', 'bootstrap', 'test/policy/fixtures'];

/** Every *.example file (tfvars / backend config) under the Terraform folders, relative to INFRA_DIR. */
export function exampleFiles() {
  const found = [];
  const walk = (rel) => {
    for (const e of readdirSync(path.join(INFRA_DIR, rel), { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const child = path.join(rel, e.name);
      if (e.isDirectory()) walk(child);
      else if (e.name.endsWith('.example')) found.push(child);
    }
  };
  for (const t of ['environments', 'bootstrap']) walk(t);
  return found.sort();
}

/**
 * Checks (or with write: true, fixes) formatting.
 * @returns {Promise<{ok: boolean, output: string}>}
 */
export async function checkFormat({
  write = false,
  cwd = INFRA_DIR,
  targets = FMT_TARGETS,
  examples = exampleFiles(),
} = {}) {
  const args = write
    ? ['fmt', '-recursive', '-no-color']
    : ['fmt', '-check', '-recursive', '-diff', '-no-color'];
  const sources = targets.length
    ? await terraform([...args, ...targets], { cwd, okCodes: [0, 3], timeoutMs: 60_000 })
    : { code: 0, stdout: '', stderr: '' };

  // Not under .cache: terraform fmt silently skips hidden folders.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'spendwise-fmt-'));
  try {
    for (const file of examples) {
      copyFileSync(path.join(cwd, file), path.join(scratch, `${file.replaceAll(path.sep, '__')}.tfvars`));
    }
    const ex = await terraform(['fmt', '-check', '-diff', '-no-color', scratch], {
      cwd,
      okCodes: [0, 3],
      timeoutMs: 60_000,
    });
    const output = [
      sources.stdout,
      sources.stderr,
      ex.stdout.replaceAll(`${scratch}${path.sep}`, 'example: '),
      ex.stderr,
    ]
      .filter(Boolean)
      .join('\n');
    return { ok: sources.code === 0 && ex.code === 0, output };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
