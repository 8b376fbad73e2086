// moto_server on a random loopback port, with the shims in moto_server.py, always stoppable.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { trackProcessGroup } from '@spendwise/devkit';

const SHIM = fileURLToPath(new URL('./moto_server.py', import.meta.url));
const HOST = '127.0.0.1';

let pythonCache;

const hasMoto = (python) => {
  try {
    // find_spec instead of an import: importing moto takes seconds.
    execFileSync(
      python,
      ['-c', 'import importlib.util, sys; sys.exit(importlib.util.find_spec("moto") is None)'],
      {
        stdio: 'ignore',
        timeout: 30_000,
      },
    );
    return true;
  } catch {
    return false;
  }
};

/** The interpreter in the shebang of the `moto_server` entry point (pyenv shims resolved), if any. */
function motoServerInterpreter() {
  try {
    const script = execFileSync(
      'sh',
      ['-c', 'command -v pyenv >/dev/null && pyenv which moto_server || command -v moto_server'],
      { encoding: 'utf8', timeout: 10_000 },
    ).trim();
    const shebang = execFileSync('head', ['-n1', script], { encoding: 'utf8', timeout: 5_000 }).trim();
    return shebang.startsWith('#!') && !shebang.includes(' ') ? shebang.slice(2) : undefined;
  } catch {
    return undefined;
  }
}

/** Python interpreter that can import moto: $MOTO_PYTHON, python3, python, or the one behind `moto_server`. */
export function findMotoPython() {
  if (pythonCache) return pythonCache;
  const candidates = [process.env.MOTO_PYTHON, 'python3', 'python'].filter(Boolean);
  pythonCache = candidates.find(hasMoto) ?? [motoServerInterpreter()].find((p) => p && hasMoto(p));
  if (!pythonCache)
    throw new Error('No Python with moto found (set MOTO_PYTHON); moto_server 5.x must be installed');
  return pythonCache;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts moto (with MOTO_ECS_SERVICE_RUNNING=1 so ECS services report their tasks running) on a free loopback port.
 * @param {{logFile?: string, env?: Record<string,string>, startTimeoutMs?: number, immediateTaskTransitions?: boolean}} [options]
 *   logFile: where moto's request log goes (default: discarded).
 *   immediateTaskTransitions: ECS tasks go PROVISIONING→STOPPED at once, so `aws ecs wait tasks-stopped` returns (default true).
 * @returns {Promise<{endpoint: string, port: number, pid: number, logFile?: string, stop: () => Promise<void>}>}
 */
export async function startMoto({
  logFile,
  env = {},
  startTimeoutMs = 30_000,
  immediateTaskTransitions = true,
} = {}) {
  const python = findMotoPython();
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const endpoint = `http://${HOST}:${port}`;
    const out = logFile ? openSync(logFile, 'a') : 'ignore';
    const child = spawn(python, [SHIM, '-H', HOST, '-p', String(port)], {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, MOTO_ECS_SERVICE_RUNNING: '1', ...env },
    });
    if (typeof out === 'number') closeSync(out);
    const untrack = trackProcessGroup(child.pid);
    let exited = false;
    const exit = new Promise((resolve) => child.once('exit', () => resolve((exited = true))));

    const stop = async () => {
      if (!exited) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // gone already
        }
        const killed = await Promise.race([exit, sleep(5_000).then(() => false)]);
        if (!killed) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // gone already
          }
          await Promise.race([exit, sleep(5_000)]);
        }
      }
      untrack();
    };

    const deadline = Date.now() + startTimeoutMs;
    while (!exited && Date.now() < deadline) {
      try {
        const res = await fetch(`${endpoint}/moto-api/reset`, {
          method: 'POST',
          signal: AbortSignal.timeout(2_000),
        });
        if (res.ok) break;
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    if (exited || Date.now() >= deadline) {
      await stop();
      // Lost the race for the port to another process: try another one.
      if (exited && attempt < 3) continue;
      throw new Error(`moto did not start within ${startTimeoutMs} ms${logFile ? ` (log: ${logFile})` : ''}`);
    }

    if (immediateTaskTransitions) {
      await fetch(`${endpoint}/moto-api/state-manager/set-transition`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model_name: 'ecs::task', transition: { progression: 'immediate' } }),
        signal: AbortSignal.timeout(5_000),
      });
    }
    return { endpoint, port, pid: child.pid, logFile, stop };
  }
}

/**
 * process.env plus credentials and endpoint for AWS CLIs/SDKs talking to moto (AWS CLI v1.29+ and v2.13+ honour
 * AWS_ENDPOINT_URL). Real-account settings (profile, session token) are removed so nothing can reach AWS.
 */
export function motoAwsEnv(endpoint, region = 'us-east-1', base = process.env) {
  const env = { ...base };
  for (const key of [
    'AWS_PROFILE',
    'AWS_DEFAULT_PROFILE',
    'AWS_SESSION_TOKEN',
    'AWS_SECURITY_TOKEN',
    'AWS_ROLE_ARN',
    'AWS_WEB_IDENTITY_TOKEN_FILE',
  ]) {
    delete env[key];
  }
  return {
    ...env,
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_PAGER: '',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

export const MOTO_SHIM_PATH = path.resolve(SHIM);
