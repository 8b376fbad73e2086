/**
 * The API as it runs in production — its compiled `main.js` (see api-build.js) under Node, no watcher, no dev tooling — with
 * the one local concession the API allows: emulator tokens (which it refuses under NODE_ENV=production, so
 * NODE_ENV is `development`; nothing else in the API reads NODE_ENV). Its log goes to a file, not through this
 * process, so the benchmark's own CPU is not spent relaying log lines.
 */
import { spawn } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCAL_COGNITO } from '@spendwise/cognito-emulator';
import { FatalWaitError, httpOk, repoRoot, waitFor } from '@spendwise/devkit';
import { API_BUILD_DIR } from './api-build.js';

/** The Dockerfile's backend stage (the image ECS runs), from its FROM line to the end. */
function backendStage() {
  const dockerfile = readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');
  return dockerfile.slice(dockerfile.indexOf(' AS backend'));
}

/**
 * The memory settings the production image runs the API with: `NODE_OPTIONS` (V8 heap limits) and
 * `MALLOC_ARENA_MAX` from the Dockerfile's backend stage, read from the Dockerfile so the benchmark cannot drift
 * from it. BENCH_NODE_OPTIONS / BENCH_MALLOC_ARENA_MAX override them (an empty value means the runtime's default).
 */
export function productionMemoryEnv() {
  const stage = backendStage();
  const env = {};
  for (const name of ['NODE_OPTIONS', 'MALLOC_ARENA_MAX']) {
    const value = process.env[`BENCH_${name}`] ?? stage.match(new RegExp(`${name}="([^"]*)"`))?.[1];
    if (value === undefined)
      throw new Error(`the Dockerfile's backend stage sets no ${name}; the benchmark expects it`);
    if (value !== '') env[name] = value;
  }
  return env;
}

/**
 * The Node flags of the backend stage's exec-form CMD (`["node", ...flags, "<script>"]`): V8 flags that
 * NODE_OPTIONS does not accept. BENCH_NODE_FLAGS (space-separated; empty = none) overrides them.
 */
export function productionNodeFlags() {
  const override = process.env.BENCH_NODE_FLAGS;
  if (override !== undefined) return override.split(' ').filter(Boolean);
  const cmd = [...backendStage().matchAll(/^CMD (\[.*\])$/gm)].at(-1)?.[1];
  const argv = cmd ? JSON.parse(cmd) : [];
  if (argv[0] !== 'node' || !argv.at(-1)?.endsWith('main.js'))
    throw new Error(`the Dockerfile's backend CMD is not ["node", ...flags, ".../main.js"]: ${cmd}`);
  return argv.slice(1, -1);
}

/** Environment of the benchmarked API: production-like, rate limits out of the way, pool size from the env. */
export function benchApiEnv({ port, databaseUrl, cognitoEndpoint }) {
  return {
    PATH: process.env.PATH,
    ...productionMemoryEnv(),
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: process.env.BENCH_DATABASE_POOL_MAX ?? '10',
    AWS_REGION: LOCAL_COGNITO.region,
    COGNITO_USER_POOL_ID: LOCAL_COGNITO.userPoolId,
    COGNITO_CLIENT_ID: LOCAL_COGNITO.clientId,
    AUTH_LOCAL_EMULATOR: 'true',
    COGNITO_ENDPOINT: cognitoEndpoint,
    // The benchmark is one client IP and a few users sending thousands of requests a second.
    RATE_LIMIT_WINDOW_SECONDS: '1',
    RATE_LIMIT_PER_IP: '1000000',
    RATE_LIMIT_PER_USER: '1000000',
    // Production's level: request logging is part of what a request costs.
    LOG_LEVEL: process.env.BENCH_API_LOG_LEVEL ?? 'info',
    API_DOCS_ENABLED: 'false',
  };
}

/** Starts the API's `node [nodeFlags] main.js`, waits for /health/ready, and tracks its peak RSS. */
export function startApi({ port, env, nodeFlags = [], logFile }) {
  return startNodeServer({
    name: 'API',
    argv: [...nodeFlags, path.join(API_BUILD_DIR, 'main.js')],
    cwd: API_BUILD_DIR,
    env,
    readyUrl: `http://127.0.0.1:${port}/health/ready`,
    logFile,
  });
}

/**
 * Starts `node argv` with its output in `logFile`, waits until `readyUrl` answers 2xx, and tracks its peak RSS.
 * The server's URL is `readyUrl`'s origin.
 */
export async function startNodeServer({ name, argv, cwd, env, readyUrl, logFile }) {
  const logFd = openSync(logFile, 'a');
  const child = spawn(process.execPath, argv, { cwd, env, stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const running = () => child.exitCode === null && child.signalCode === null;
  try {
    await waitFor(
      `${name} at ${readyUrl}`,
      async () => {
        if (!running()) throw new FatalWaitError(`${name} exited during start-up:\n${logTail(logFile)}`);
        return httpOk(readyUrl);
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url: new URL(readyUrl).origin,
    pid: child.pid,
    /** Peak resident set size so far (the kernel's high-water mark, VmHWM), in MB. */
    peakRssMb: () => statusKb(child.pid, 'VmHWM') / 1024,
    /** CPU time the process has used so far (user + system, every thread), in seconds. */
    cpuSeconds: () => cpuSecondsOf(child.pid),
    async stop() {
      if (!running()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function logTail(logFile, lines = 20) {
  return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

// /proc/<pid>/stat counts CPU time in clock ticks: USER_HZ, 100 on every Linux this runs on.
const CLOCK_TICKS_PER_SECOND = 100;

function cpuSecondsOf(pid) {
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed: utime is the
  // 14th field of the line, stime the 15th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

function statusKb(pid, field) {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return match ? Number(match[1]) : NaN;
}
