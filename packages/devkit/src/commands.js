/**
 * Commands run to completion (terraform, docker, apt-get, tar, the deploy scripts) with a hard time limit. Every
 * command runs in its own process group, so a timeout, or this process dying, takes its whole tree down.
 *
 * A child gets a standard-input pipe only when there is input for it. Writing to a pipe whose reader has already
 * exited fails with EPIPE, asynchronously, after the caller may have moved on; unhandled, that error crashed a
 * test run whose assertions had all passed (`docker-compose up --detach` exits without reading its input).
 */
import { spawn } from 'node:child_process';
import { signalGroup, trackProcessGroup } from './processes.js';

const TAIL_LINES = 40;

export class CommandError extends Error {
  /** @param {string} message @param {CommandResult} result */
  constructor(message, result) {
    super(message);
    this.name = 'CommandError';
    this.result = result;
    this.code = result.code;
  }
}

/**
 * @typedef {{ code: number | null, signal: string | null, stdout: string, stderr: string, timedOut: boolean,
 *   durationMs: number }} CommandResult
 */

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number, input?: string, okCodes?: number[],
 *   onOutput?: (chunk: string) => void }} [options] onOutput receives stdout and stderr as they arrive.
 * @returns {Promise<CommandResult>} rejects with a CommandError (result attached) on an exit code outside okCodes
 *   (default [0]), a timeout, or input that could not be written for a reason other than the child having exited.
 */
export function runCommand(
  command,
  args,
  { cwd, env, timeoutMs = 120_000, input, okCodes = [0], onOutput } = {},
) {
  const started = Date.now();
  const shown = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: env ?? process.env,
      detached: true,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const untrack = child.pid === undefined ? () => {} : trackProcessGroup(child.pid);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let inputError;
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
      onOutput?.(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk;
      onOutput?.(chunk);
    });
    if (input !== undefined) {
      // EPIPE: the child exited (or closed its input) without reading it all; its exit code tells the outcome.
      child.stdin.on('error', (error) => {
        if (error.code !== 'EPIPE') inputError = error;
      });
      child.stdin.end(input);
    }

    const timer = setTimeout(() => {
      timedOut = true;
      signalGroup(child.pid, 'SIGTERM');
      setTimeout(() => signalGroup(child.pid, 'SIGKILL'), 5_000).unref();
    }, timeoutMs);

    child.once('error', (error) => {
      clearTimeout(timer);
      untrack();
      reject(new Error(`${shown} could not start: ${error.message}`, { cause: error }));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      untrack();
      const result = { code, signal, stdout, stderr, timedOut, durationMs: Date.now() - started };
      const output = `${tail(stdout)}\n${tail(stderr)}`.trim();
      const fail = (how) =>
        reject(new CommandError(`${shown} ${how}${output ? `:\n${output}` : ''}`, result));
      if (timedOut) fail(`timed out after ${timeoutMs} ms`);
      else if (inputError) fail(`could not be given its input (${inputError.code ?? inputError.message})`);
      else if (!okCodes.includes(code)) fail(`exited with ${code ?? signal}`);
      else resolve(result);
    });
  });
}

function tail(text) {
  return text.trimEnd().split('\n').slice(-TAIL_LINES).join('\n');
}
