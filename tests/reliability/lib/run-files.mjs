/**
 * Where one run keeps its state: the stack the global setup started (read by every test file, which runs in its
 * own process), the API logs (grepped for secrets at the end) and the figures each suite measured.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * This run's folder, inside the repo's git-ignored .local/ (CI can upload it as an artifact). The global setup
 * picks a fresh one and hands it to the test files (child processes) through RELIABILITY_RUN_DIR, so two runs at
 * once (a developer's and turbo's) never share state.
 */
export function runDir() {
  const dir = process.env.RELIABILITY_RUN_DIR;
  if (!dir) throw new Error('RELIABILITY_RUN_DIR is not set: run the suites with npm run test:e2e');
  return dir;
}

export const logDir = () => path.join(runDir(), 'logs');
const stackFile = () => path.join(runDir(), 'stack.json');
const figuresFile = () => path.join(runDir(), 'figures.jsonl');

/** Creates a fresh run folder and points RELIABILITY_RUN_DIR at it (global setup only). */
export function startRunFolder() {
  const dir = path.join(
    repoRoot,
    '.local/reliability',
    `run-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`,
  );
  process.env.RELIABILITY_RUN_DIR = dir;
  mkdirSync(logDir(), { recursive: true });
  writeFileSync(figuresFile(), '');
  return dir;
}

/**
 * @param {{ databaseUrl: string, cognitoEndpoint: string, cognitoSigningKeyFile: string, apiUrl: string,
 *   apiLog: string, apiTmpDir: string }} stack
 */
export function writeStack(stack) {
  writeFileSync(stackFile(), JSON.stringify(stack, null, 2));
}

/**
 * @returns {{ databaseUrl: string, cognitoEndpoint: string, cognitoSigningKeyFile: string, apiUrl: string,
 *   apiLog: string, apiTmpDir: string }}
 */
export function readStack() {
  if (!existsSync(stackFile()))
    throw new Error(`${stackFile()} is missing: run the suites with npm run test:e2e`);
  return JSON.parse(readFileSync(stackFile(), 'utf8'));
}

/** Records what a suite measured; the global teardown prints the totals. */
export function recordFigures(suite, figures) {
  appendFileSync(figuresFile(), `${JSON.stringify({ suite, ...figures })}\n`);
  console.log(`[figures] ${suite}: ${JSON.stringify(figures)}`);
}

export function readFigures() {
  if (!existsSync(figuresFile())) return [];
  return readFileSync(figuresFile(), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}
