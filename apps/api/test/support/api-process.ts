import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { freePort, waitFor } from '@spendwise/local-stack';
import { LOCAL_COGNITO } from './constants';

export const API_DIR = path.resolve(__dirname, '../..');

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with how the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The environment the suites run the API with: local emulator mode, limits high enough not to interfere. */
export function localApiEnv(options: {
  port: number;
  databaseUrl: string;
  cognitoEndpoint: string;
}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    PORT: String(options.port),
    HOST: '127.0.0.1',
    DATABASE_URL: options.databaseUrl,
    COGNITO_USER_POOL_ID: LOCAL_COGNITO.userPoolId,
    COGNITO_CLIENT_ID: LOCAL_COGNITO.clientId,
    AUTH_LOCAL_EMULATOR: 'true',
    COGNITO_ENDPOINT: options.cognitoEndpoint,
    CORS_ORIGINS: 'http://localhost:3000',
    RATE_LIMIT_PER_IP: '100000',
    RATE_LIMIT_PER_USER: '100000',
    LOG_LEVEL: 'info',
    // Emails (budget alerts) are printed as log lines, which the suites read (support/emails.ts).
    MAIL_TRANSPORT: 'log',
  };
}

/** Starts `node dist/main.js` (what ships) without waiting; see `startApi` for a ready one. */
export function spawnApi(env: NodeJS.ProcessEnv, logFile?: string): Omit<ApiProcess, 'url'> {
  // global-setup's snapshot of dist/ (see there); dist/ itself when a suite runs outside it.
  const entry = process.env.E2E_API_ENTRY ?? path.join(API_DIR, 'dist/main.js');
  const child = spawn(process.execPath, [entry], {
    cwd: API_DIR,
    // Only what the API should see: nothing leaks in from the developer's shell.
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const file = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.setEncoding('utf8');
    stream.on('data', (text: string) => {
      output += text;
      file?.write(text);
    });
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      file?.end();
      resolve({ code, signal });
    }),
  );
  return {
    child,
    output: () => output,
    exited,
    async stop(graceMs = 10_000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      return exited;
    },
  };
}

/** Starts the API on a free port and resolves once /health/ready answers 200. */
export async function startApi(options: {
  databaseUrl: string;
  cognitoEndpoint: string;
  env?: NodeJS.ProcessEnv;
  logFile?: string;
}): Promise<ApiProcess> {
  const port = await freePort();
  const env = { ...localApiEnv({ port, ...options }), ...options.env };
  const api = spawnApi(env, options.logFile);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      `API on port ${port}`,
      async () => {
        if (api.child.exitCode !== null) throw new Error(`API exited during start-up:\n${api.output()}`);
        const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2_000) });
        return response.ok;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
  } catch (error) {
    await api.stop();
    throw error;
  }
  return { ...api, url };
}
