// Child processes with a hard time limit: every process runs in its own process group, so a timeout
// (or the test process dying) takes its whole tree down, not just the direct child.
import { spawn } from 'node:child_process';

const live = new Set();

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

const killAll = () => {
  for (const pid of live) killGroup(pid, 'SIGKILL');
};

let handlersInstalled = false;

// Detached children do not get the terminal's Ctrl-C, and Node skips 'exit' handlers when a signal kills it:
// so on exit and on the usual signals, take every tracked process group down first.
function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.once('exit', killAll);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ]) {
    process.once(signal, () => {
      killAll();
      process.exit(code);
    });
  }
}

/** Registers a detached child's process group so it is killed if this process exits first. Returns an unregister function. */
export function trackProcessGroup(pid) {
  installHandlers();
  live.add(pid);
  return () => live.delete(pid);
}

export class CommandError extends Error {
  constructor(message, result) {
    super(message);
    this.name = 'CommandError';
    this.result = result;
  }
}

function tail(text, lines = 40) {
  return text.split('\n').slice(-lines).join('\n');
}

/**
 * Runs a command to completion.
 * @param {string} command
 * @param {string[]} args
 * @param {{cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number, input?: string, okCodes?: number[], onOutput?: (chunk: string) => void}} [options]
 *   onOutput receives stdout and stderr as they arrive (for progress logs).
 * @returns {Promise<{code: number|null, signal: string|null, stdout: string, stderr: string, timedOut: boolean, durationMs: number}>}
 *   Rejects with CommandError (result attached) when the exit code is not in okCodes (default [0]) or on timeout.
 */
export function run(command, args, { cwd, env, timeoutMs = 120_000, input, okCodes = [0], onOutput } = {}) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: env ?? process.env,
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const untrack = trackProcessGroup(child.pid);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d) => {
      stdout += d;
      onOutput?.(d);
    });
    child.stderr.setEncoding('utf8').on('data', (d) => {
      stderr += d;
      onOutput?.(d);
    });
    child.stdin.end(input ?? '');

    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid, 'SIGTERM');
      setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5_000).unref();
    }, timeoutMs);

    child.on('error', (err) => {
      clearTimeout(timer);
      untrack();
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      untrack();
      const result = { code, signal, stdout, stderr, timedOut, durationMs: Date.now() - started };
      const shown = `${command} ${args.join(' ')}`;
      if (timedOut) {
        reject(
          new CommandError(
            `${shown} timed out after ${timeoutMs} ms\n${tail(stdout)}\n${tail(stderr)}`,
            result,
          ),
        );
      } else if (!okCodes.includes(code)) {
        reject(
          new CommandError(
            `${shown} exited with ${code ?? signal}\n${tail(stdout)}\n${tail(stderr)}`,
            result,
          ),
        );
      } else {
        resolve(result);
      }
    });
  });
}

/** Runs fn over items with at most `limit` in flight; resolves to results in input order. */
export async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
