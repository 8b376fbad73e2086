/**
 * The commands the deploy tests run: the deploy scripts themselves (their exit code and output are the result
 * under test, so a non-zero exit is returned, not thrown) and the AWS CLI for reading state back.
 * Every command is bounded in time and runs in its own process group (devkit's `runCommand`).
 */
import path from 'node:path';
import { runCommand as run } from '@spendwise/devkit';
import { DEPLOY_DIR } from './deploy-scripts.mjs';

/**
 * @returns {Promise<{ code: number, output: string }>} output = stdout then stderr (progress lines are on stderr)
 */
export async function runDeployScript(script, args, { env, timeoutMs = 600_000 }) {
  const result = await run(path.join(DEPLOY_DIR, script), args, { env, timeoutMs, okCodes: [0, 1] });
  return { code: result.code, output: `${result.stdout}${result.stderr}` };
}

/** `aws <args> --output json`, parsed. */
export async function awsJson(args, { env }) {
  const { stdout } = await run('aws', [...args, '--output', 'json'], { env, timeoutMs: 60_000 });
  return JSON.parse(stdout);
}

/** The last `lines` lines of a script's output, for assertion messages. */
export function tail(output, lines = 25) {
  return output.trim().split('\n').slice(-lines).join('\n');
}
