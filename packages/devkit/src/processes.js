/**
 * Child processes the stack starts (API, web). Each runs in its own process group so stopping it also stops
 * whatever it spawned (tsc --watch, node --watch, Next's workers): nothing is left behind after Ctrl-C.
 */
import { spawn } from 'node:child_process';

/**
 * @param {{ name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv,
 *   log: (line: string) => void }} options
 */
export function startProcess({ name, command, args, cwd, env, log }) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) log(line);
    });
  }

  let stopping;
  return {
    name,
    pid: child.pid,
    exited,
    /** True while the process runs. */
    get running() {
      return child.exitCode === null && child.signalCode === null;
    },
    /** SIGTERM to the whole group, SIGKILL after `graceMs`. */
    stop(graceMs = 10_000) {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        signalGroup(child.pid, 'SIGTERM');
        const timer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
        // Grandchildren that ignored SIGTERM (or outlived their parent) go too.
        signalGroup(child.pid, 'SIGKILL');
      })();
      return stopping;
    },
  };
}

/** Sends `signal` to the process group `pid` leads; a group that is already gone is not an error. */
export function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

const trackedGroups = new Set();
let exitHandlersInstalled = false;

/**
 * Registers a detached child's process group so it is killed if this process exits first: detached children do
 * not get the terminal's Ctrl-C, and Node skips 'exit' handlers when a signal kills it. Returns an unregister
 * function.
 */
export function trackProcessGroup(pid) {
  if (!exitHandlersInstalled) {
    exitHandlersInstalled = true;
    const killAll = () => {
      for (const group of trackedGroups) signalGroup(group, 'SIGKILL');
    };
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
  trackedGroups.add(pid);
  return () => trackedGroups.delete(pid);
}
