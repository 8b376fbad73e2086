/**
 * A Docker engine for the suite: the one already running, or a `dockerd` started here and stopped again
 * afterwards. Only a daemon this module started is ever stopped.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, closeSync } from 'node:fs';
import path from 'node:path';
import { FatalWaitError, waitFor } from '@spendwise/devkit';
import { docker } from './docker.mjs';

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

async function daemonAnswers() {
  try {
    await docker(['version', '--format', '{{.Server.Version}}'], { timeoutMs: 5_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {{ logDir: string, log: (line: string) => void }} options
 * @returns {Promise<{ startedHere: boolean, stop: () => Promise<void> }>}
 */
export async function ensureDockerDaemon({ logDir, log }) {
  if (await daemonAnswers()) {
    log('using the Docker engine that is already running');
    return { startedHere: false, stop: async () => {} };
  }

  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, 'dockerd.log');
  const output = openSync(logFile, 'a');
  const daemon = spawn('dockerd', [], { detached: true, stdio: ['ignore', output, output] });
  closeSync(output);
  let failure;
  const exited = new Promise((resolve) => daemon.once('exit', resolve));
  daemon.once('error', (error) => (failure = error));
  daemon.once('exit', (code, signal) => (failure ??= new Error(`dockerd exited (${code ?? signal})`)));
  daemon.unref();

  try {
    await waitFor(
      'dockerd',
      async () => {
        if (failure) throw new FatalWaitError(failure.message);
        return daemonAnswers();
      },
      { timeoutMs: START_TIMEOUT_MS, intervalMs: 500 },
    );
  } catch (error) {
    daemon.kill('SIGKILL');
    throw new Error(`${error.message} (its log: ${logFile})`, { cause: error });
  }
  log(`started dockerd (pid ${daemon.pid}, log ${logFile})`);

  return {
    startedHere: true,
    async stop() {
      if (daemon.exitCode !== null || daemon.signalCode !== null) return;
      // SIGTERM lets dockerd stop its containers and the containerd it started; SIGKILL only if it hangs.
      daemon.kill('SIGTERM');
      const timer = setTimeout(() => daemon.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
      log(`stopped the dockerd started for this run (pid ${daemon.pid})`);
    },
  };
}
