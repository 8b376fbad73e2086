/**
 * Runs host commands (docker, debootstrap, tar) with a hard time limit. Output is captured, not streamed, so the
 * test report stays readable; a failure carries the command and the tail of its output, which is what one needs.
 */
import { spawn } from 'node:child_process';

const TAIL_CHARS = 4_000;

export class CommandError extends Error {
  constructor(command, args, { code, signal, stdout, stderr, timedOut }) {
    const how = timedOut ? 'timed out' : signal ? `was killed by ${signal}` : `exited with ${code}`;
    const output = `${stdout}\n${stderr}`.trim().slice(-TAIL_CHARS);
    super(`\`${[command, ...args].join(' ')}\` ${how}${output ? `:\n${output}` : ''}`);
    this.name = 'CommandError';
    this.code = code;
  }
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ timeoutMs: number, cwd?: string, env?: NodeJS.ProcessEnv, input?: string,
 *   onOutput?: (chunk: string) => void }} options
 * @returns {Promise<{ stdout: string, stderr: string }>}
 */
export function run(command, args, { timeoutMs, cwd, env, input, onOutput }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
      onOutput?.(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk;
      onOutput?.(chunk);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0 && !timedOut) resolve({ stdout, stderr });
      else reject(new CommandError(command, args, { code, signal, stdout, stderr, timedOut }));
    });
    child.stdin.end(input ?? '');
  });
}

/** Seconds since `startedAt` (a `performance.now()` value), one decimal, for the timing lines the suite prints. */
export function secondsSince(startedAt) {
  return ((performance.now() - startedAt) / 1000).toFixed(1);
}
