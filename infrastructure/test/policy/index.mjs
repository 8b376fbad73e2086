// Policy checks over plans and sources. Usage:
//   import { evaluatePlan, loadSources, evaluateSources } from './policy/index.mjs';
//   evaluatePlan(JSON.parse(showJson))  -> [{ rule, message }]   (empty = compliant)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parseHcl } from './hcl.mjs';
import { planRules, sourceRules } from './rules.mjs';

export {
  planRules,
  sourceRules,
  requestedSessionSeconds,
  REQUIRED_OUTPUTS,
  REQUIRED_TAGS,
  DB_CONNECTION_FAILURE_PATTERN,
} from './rules.mjs';

const violations = (rules, input, only, context) =>
  rules
    .filter((r) => !only || only.includes(r.id))
    .flatMap((r) => r.check(input, context).map((message) => ({ rule: r.id, message })));

/**
 * Runs the plan rules (or only the given rule ids) on `terraform show -json` output. context overrides what
 * rules read from the repository (e.g. {workflowText} instead of .github/workflows/deploy.yml).
 */
export const evaluatePlan = (plan, only, context) => violations(planRules, plan, only, context);

/** Runs the source rules (or only the given rule ids) on files from loadSources. */
export const evaluateSources = (files, only) => violations(sourceRules, files, only);

/** Parses every .tf file under the given folders (skipping .terraform and .cache). paths are relative to base. */
export function loadSources(dirs, base = process.cwd()) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.tf')) {
        const rel = path.relative(base, full);
        files.push({ path: rel, items: parseHcl(readFileSync(full, 'utf8'), rel) });
      }
    }
  };
  for (const d of dirs) walk(path.resolve(base, d));
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** "rule: message" lines, for assertion messages. */
export const formatViolations = (list) => list.map((v) => `${v.rule}: ${v.message}`).join('\n');
