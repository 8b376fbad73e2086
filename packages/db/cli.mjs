/**
 * `@spendwise/db/cli`: the Prisma CLI for code — the dev stack and test suites apply migrations with
 * `migrateDeploy` before starting the API. Always the real CLI with this package's config and offline engine.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = path.dirname(fileURLToPath(import.meta.url));
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
const schemaEngineShim = path.join(packageDir, 'engine', 'schema-engine.mjs');

const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * Runs `prisma <args>` against `databaseUrl` and collects its output. `cwd` is where prisma.config.ts is read
 * (default: this package). Never rejects for a non-zero exit; `code` says how it went (null: killed on timeout).
 * @param {string[]} args
 * `env` adds variables (e.g. the DB_* parts ECS passes, with `databaseUrl: ''`).
 * @param {{ databaseUrl: string, cwd?: string, timeoutMs?: number, env?: Record<string, string> }} options
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
export function runPrismaCli(
  args,
  { databaseUrl, cwd = packageDir, timeoutMs = DEFAULT_TIMEOUT_MS, env = {} },
) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, ...args], {
      cwd,
      env: { ...prismaEnv(databaseUrl, env), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\nprisma ${args.join(' ')} did not finish within ${timeoutMs / 1000}s and was stopped.`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Runs `prisma <args>` in the foreground (output straight to this terminal) until it exits: for commands that
 * serve, such as `studio`. Resolves to the exit code.
 * @param {string[]} args @param {{ databaseUrl: string }} options
 * @returns {Promise<number>}
 */
export function runPrismaCliInteractive(args, { databaseUrl }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, ...args], {
      cwd: packageDir,
      env: prismaEnv(databaseUrl, {}),
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** The CLI's environment: the database (never on its command line), the offline engine, no update check. */
function prismaEnv(databaseUrl, env) {
  return {
    ...process.env,
    ...env,
    DATABASE_URL: databaseUrl,
    // Explicit, so configs outside this package (test fixtures) get the offline engine too.
    PRISMA_SCHEMA_ENGINE_BINARY: schemaEngineShim,
    CHECKPOINT_DISABLE: '1',
    // The engine's `#!/usr/bin/env node` must find this Node, not an older one earlier on PATH.
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
  };
}

/**
 * Applies every committed migration not yet applied (`prisma migrate deploy`). Resolves when the database is up
 * to date; otherwise throws an Error whose message is one line: which migration failed and the database's reason.
 * @param {string} databaseUrl
 * @param {{ cwd?: string, timeoutMs?: number }} [options]
 */
export async function migrateDeploy(databaseUrl, options = {}) {
  const { code, stdout, stderr } = await runPrismaCli(['migrate', 'deploy'], { databaseUrl, ...options });
  if (code !== 0) throw new Error(describeDeployFailure(`${stdout}\n${stderr}`));
}

/** The one line a developer needs from `prisma migrate deploy`'s multi-line failure output. */
function describeDeployFailure(output) {
  const failedMigration = output.match(/migration_name="([^"]+)"/)?.[1];
  const databaseReason = output.match(
    /Error querying the database: (?:ERROR: )?(.+?)(?: \(SQLSTATE \w+\))?$/m,
  )?.[1];
  if (failedMigration) {
    return (
      `Migration ${failedMigration} failed: ${databaseReason ?? firstErrorLine(output)} ` +
      `(fix prisma/migrations/${failedMigration}/migration.sql)`
    );
  }
  // P3009: an earlier run left a failed migration recorded in the database; deploy refuses to continue past it.
  const recordedFailure = output.match(/The `([^`]+)` migration started at .+ failed/)?.[1];
  if (recordedFailure) {
    return (
      `Migration ${recordedFailure} failed in an earlier run and is recorded as failed in the database: fix ` +
      `prisma/migrations/${recordedFailure}/migration.sql, then run \`prisma migrate resolve --rolled-back ` +
      `${recordedFailure}\` (or reset a local database)`
    );
  }
  return `prisma migrate deploy failed: ${firstErrorLine(output)}`;
}

function firstErrorLine(output) {
  const lines = output.split('\n').map((line) => line.trim());
  const errorAt = lines.findIndex((line) => line.startsWith('Error:'));
  if (errorAt === -1) return lines.filter(Boolean).at(-1) ?? 'no output';
  const error = lines[errorAt].replace(/^Error:\s*/, '');
  // Some errors put only a heading on the "Error:" line (a code, "…error:") and the explanation on the next one.
  const isHeading = /^P\d{4}$/.test(error) || error.endsWith(':') || error === 'external connector error';
  return isHeading ? `${error.replace(/:$/, '')}: ${lines.slice(errorAt + 1).find(Boolean) ?? ''}` : error;
}
