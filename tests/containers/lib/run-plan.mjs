/**
 * What the global setup decided and measured (ports, compose project, image builds), handed to the test files,
 * which run in their own processes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localDataDir } from '@spendwise/devkit';

export const workDir = localDataDir('containers');
export const logDir = path.join(workDir, 'logs');
const planFile = path.join(workDir, 'run-plan.json');

/**
 * @typedef {{
 *   runId: string,
 *   ports: { web: number, api: number, cognito: number },
 *   composeProject: string,
 *   builds: Record<string, { ref: string, seconds: number, bytes: number }>,
 *   buildFailures: Record<string, string>,
 * }} RunPlan
 */

/** @param {RunPlan} plan */
export function writeRunPlan(plan) {
  mkdirSync(workDir, { recursive: true });
  writeFileSync(planFile, `${JSON.stringify(plan, null, 2)}\n`);
}

/** @returns {RunPlan} */
export function readRunPlan() {
  return JSON.parse(readFileSync(planFile, 'utf8'));
}

/** The image `name` built in this run; otherwise throws with the reason its build failed. */
export function builtImage(plan, name) {
  const build = plan.builds[name];
  if (!build) throw new Error(`the ${name} image did not build:\n${plan.buildFailures[name]}`);
  return build.ref;
}
